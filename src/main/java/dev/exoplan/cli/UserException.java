package dev.exoplan.cli;

/** A problem the user can fix, reported as one line on stderr with its exit code; never a stack trace. */
public final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public UserException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
