@echo off
rem exoplan's launcher for Windows, in a checkout (target\exoplan.jar) and in the distribution
rem (lib\exoplan.jar). Java: %JAVA_HOME%\bin\java.exe, else java on PATH. It uses no start-up archive
rem (see bin/exoplan for the POSIX launcher, which does); EXOPLAN_JAVA_OPTS passes JVM options.
setlocal
set "EXOPLAN_HOME=%~dp0.."
set "EXOPLAN_RUN_JAR=%EXOPLAN_HOME%\lib\exoplan.jar"
if not exist "%EXOPLAN_RUN_JAR%" set "EXOPLAN_RUN_JAR=%EXOPLAN_HOME%\target\exoplan.jar"
if defined EXOPLAN_JAR set "EXOPLAN_RUN_JAR=%EXOPLAN_JAR%"
if not exist "%EXOPLAN_RUN_JAR%" (
  echo exoplan: %EXOPLAN_RUN_JAR% is missing; build it with: mvn -q -DskipTests package 1>&2
  exit /b 1
)
set "EXOPLAN_JAVA=java"
if defined JAVA_HOME set "EXOPLAN_JAVA=%JAVA_HOME%\bin\java.exe"
rem The same JVM options as bin/exoplan, which says why: C1 only (short commands end before the
rem optimising compiler would pay off; on validate's 50 MB sheet and quote's 1,000,000 rows C2 spent
rem more CPU compiling than it saved), one compiler thread and the serial collector, but for quote,
rem whose three threads take the parallel collector and the default compiler threads.
set "EXOPLAN_JIT=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
if /i "%~1"=="quote" set "EXOPLAN_JIT=-XX:+UseParallelGC -XX:TieredStopAtLevel=1"
rem As in bin/exoplan, whatever the JVM itself says goes to stderr, never into a command's output:
rem its errors (DisplayVMOutputToStderr) and its log's warnings (unified logging writes to stdout).
set "EXOPLAN_QUIET=-XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr"
"%EXOPLAN_JAVA%" -XX:-UsePerfData %EXOPLAN_JIT% %EXOPLAN_QUIET% %EXOPLAN_JAVA_OPTS% -jar "%EXOPLAN_RUN_JAR%" %*
exit /b %ERRORLEVEL%
