package dev.exoplan.io.file;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file a command writes ({@code --output}, {@code --ics}), written so that whoever reads it can trust
 * it:
 * <ul>
 * <li>a regular file (or a name not yet taken) is written whole or not at all: the text goes to a
 * temporary file with a short name in the same folder, is forced to the disk, and is renamed over the
 * target only on {@link #commit}; until then, after {@link #close} without a commit, and after Ctrl-C,
 * SIGTERM or SIGHUP, any earlier file is untouched and no temporary file is left (only SIGKILL can leave
 * one);</li>
 * <li>a symbolic link is followed: the file it points to is the one replaced, beside itself, and the link
 * stays a link;</li>
 * <li>a FIFO, a character or block device, a socket, and the {@code /proc} links such as
 * {@code /dev/stdout} and {@code /dev/fd/N} are written directly, as a stream (there is nothing to
 * rename; a rename would replace the device with a file);</li>
 * <li>a new file gets the mode the umask gives (0644 under umask 022); a replaced file keeps its mode,
 * and its owner and group where the user may set them.</li>
 * </ul>
 * A failure of the writer itself is thrown as a {@link WriteFailure}, so that a caller can tell it from
 * a failure reading its input.
 */
public final class OutputFile implements AutoCloseable {

    /** Symbolic links followed before giving up, as Linux's own limit (ELOOP). */
    private static final int MAX_LINKS = 40;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    /** Temporary files not yet renamed or deleted, for the shutdown hook. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private final Path target;
    /** Null when the target is written directly. */
    private final Path temporary;
    private final FileChannel channel;
    private final Writer writer;
    private boolean done;

    private OutputFile(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.writer = new TextAndBytes(new WatchedStream(Channels.newOutputStream(channel),
                e -> e instanceof WriteFailure ? e : new WriteFailure(e)));
    }

    /** The file's writer (UTF-8, buffered), which also takes text already in UTF-8 ({@link Utf8Sink}). */
    private static final class TextAndBytes extends FilterWriter implements Utf8Sink {
        private final WatchedStream bytes;

        TextAndBytes(WatchedStream bytes) {
            super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16));
            this.bytes = bytes;
        }

        @Override
        public void writeUtf8(byte[] utf8, int offset, int length) throws IOException {
            flush();
            bytes.write(utf8, offset, length);
        }
    }

    /**
     * Starts writing {@code asked} (UTF-8).
     *
     * @throws NoSuchFileException the folder does not exist
     * @throws java.nio.file.AccessDeniedException the folder or the stream cannot be written
     * @throws IsAFolder {@code asked} (or what it links to) is a folder
     * @throws IOException any other reason, as the system gives it
     */
    public static OutputFile create(Path asked) throws IOException {
        Path path = asked.toAbsolutePath();
        for (int links = 0; ; links++) {
            if (throughProc(path)) {
                // /dev/stdout, /dev/fd/N, /proc/self/fd/N: the kernel's own links to an open file; opened
                // as named they reach that file, whose name may be a pipe's or a deleted file's.
                return direct(path);
            }
            if (!Files.isSymbolicLink(path)) {
                break;
            }
            if (links == MAX_LINKS) {
                throw new FileSystemException(asked.toString(), null, "Too many levels of symbolic links");
            }
            path = path.resolveSibling(Files.readSymbolicLink(path));
        }
        Optional<BasicFileAttributes> existing = attributes(path);
        if (existing.isPresent() && existing.get().isDirectory()) {
            throw new IsAFolder(asked);
        }
        if (existing.isPresent() && !existing.get().isRegularFile()) {
            return direct(path);
        }
        return atomic(path, existing.isPresent());
    }

    /** Whether the folder that holds {@code path} is, in truth, under /proc. */
    private static boolean throughProc(Path path) {
        Path folder = path.getParent();
        if (folder == null) {
            return false;
        }
        try {
            return folder.toRealPath().startsWith("/proc");
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<BasicFileAttributes> attributes(Path path) throws IOException {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static OutputFile direct(Path path) throws IOException {
        // APPEND: a device or pipe has no length to cut, and /dev/stdout may be a file the shell opened
        // with >> — truncating it would throw away what came before.
        return new OutputFile(path, null, FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    private static OutputFile atomic(Path target, boolean replaces) throws IOException {
        Path folder = target.getParent();
        hook();
        while (true) {
            // Short, so that a target name of the file system's full 255 bytes still leaves room; hidden.
            Path temporary = folder.resolve(".exoplan-" + randomName() + ".tmp");
            FileChannel channel;
            try {
                // No file attributes: the system applies the umask to 0666, as for any file a program creates.
                channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            PENDING.add(temporary);
            try {
                if (replaces) {
                    keepModeAndOwner(target, temporary);
                }
                return new OutputFile(target, temporary, channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                discard(temporary);
                throw e;
            }
        }
    }

    private static String randomName() {
        char[] name = new char[8];
        for (int i = 0; i < name.length; i++) {
            name[i] = NAME_CHARACTERS[RANDOM.nextInt(NAME_CHARACTERS.length)];
        }
        return new String(name);
    }

    /** The replaced file's permissions; its owner and group where this user may give them (root, or a group of its own). */
    private static void keepModeAndOwner(Path target, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
        view.setPermissions(old.permissions());
        PosixFileAttributes created = view.readAttributes();
        try {
            if (!created.owner().equals(old.owner())) {
                view.setOwner(old.owner());
            }
        } catch (IOException e) {
            // Only root may give a file away; the file stays the writer's.
        }
        try {
            if (!created.group().equals(old.group())) {
                view.setGroup(old.group());
            }
        } catch (IOException e) {
            // Not a group of this user's: the file keeps the writer's group.
        }
        if (!view.readAttributes().permissions().equals(old.permissions())) {
            // A change of owner clears the set-id bits on some systems; set the mode again last.
            view.setPermissions(old.permissions());
        }
    }

    private static void hook() {
        if (hooked) {
            return;
        }
        synchronized (PENDING) {
            if (!hooked) {
                try {
                    Runtime.getRuntime().addShutdownHook(new Thread(OutputFile::discardPending,
                            "exoplan-discard-temporary-files"));
                } catch (IllegalStateException e) {
                    // Already shutting down: nothing will be written anyway.
                }
                hooked = true;
            }
        }
    }

    /**
     * Deletes every temporary file not yet moved into place, as the shutdown hook does: for a run that
     * ends with {@link Runtime#halt}, which runs no hook (a thread that died of a bug or out of memory).
     */
    public static void discardPending() {
        PENDING.forEach(OutputFile::discard);
    }

    private static void discard(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing more can be done; the name starts with a dot and says what it is.
        }
        PENDING.remove(temporary);
    }

    public Writer writer() {
        return writer;
    }

    /** Whether the target is written directly (a stream), where a failure half way cannot be undone. */
    public boolean direct() {
        return temporary == null;
    }

    /** Ends the file: forces it to the disk and moves it into place (a stream is flushed and closed). */
    public void commit() throws IOException {
        writer.flush();
        if (temporary == null) {
            done = true;
            channel.close();
            return;
        }
        try {
            channel.force(true);
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
        channel.close();
        Optional<BasicFileAttributes> now = attributes(target);
        if (now.isPresent() && !now.get().isRegularFile()) {
            // Something else took the name while the file was written; a rename would replace it.
            throw new FileSystemException(target.toString(), null, "Is no longer a regular file");
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        done = true;
        PENDING.remove(temporary);
        forceFolder(target.getParent());
    }

    /** The rename itself is durable only once the folder is on the disk too. */
    private static void forceFolder(Path folder) {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some file systems cannot sync a folder; the file itself is on the disk.
        }
    }

    /** Without a commit: throws the temporary file away (a stream is closed as it is). */
    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        done = true;
        try {
            channel.close();
        } finally {
            if (temporary != null) {
                discard(temporary);
            }
        }
    }

    /** A failure of the writer itself: the disk is full, the device failed, the file is too big. */
    public static final class WriteFailure extends IOException {
        private static final long serialVersionUID = 1L;

        public WriteFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }

        /**
         * The system's reason for a failure to write, as it gives it ("No space left on device"): a
         * write's own, or a file system's refusal to open, sync or rename.
         */
        public static String reason(IOException e) {
            Throwable failure = e instanceof WriteFailure && e.getCause() != null ? e.getCause() : e;
            String reason = failure instanceof FileSystemException fs ? fs.getReason() : failure.getMessage();
            return reason != null ? reason : failure.getClass().getSimpleName();
        }
    }

    /** The target is a folder. */
    public static final class IsAFolder extends IOException {
        private static final long serialVersionUID = 1L;

        IsAFolder(Path path) {
            super(path.toString());
        }
    }
}
