package dev.exoplan.cli;

/** exoplan's exit codes; docs/scripts.md lists them. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** An input file (a price sheet) is missing, unreadable, not JSON, or has errors. */
    public static final int BAD_INPUT = 1;
    /** The command line asks for something impossible: unknown option, goal, method or clinic, bad date. */
    public static final int USAGE = 2;
    /** A bug in exoplan (BSD sysexits EX_SOFTWARE); the message asks for a report. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
