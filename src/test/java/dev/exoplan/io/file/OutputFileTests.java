package dev.exoplan.io.file;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The atomic output file on its own (cli.WritingTests runs it end to end, under a shell, with signals
 * and full disks): written whole on commit, or not at all.
 */
class OutputFileTests {

    @TempDir
    Path folder;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commit_replacesTheFileWithTheNewText() throws IOException {
        Path target = Files.writeString(folder.resolve("plan.txt"), "old\n");

        try (OutputFile file = OutputFile.create(target)) {
            file.writer().write("新しい計画\n");
            file.commit();
        }

        assertEquals("新しい計画\n", Files.readString(target, UTF_8));
        assertEquals(List.of("plan.txt"), names());
    }

    @Test
    void commit_createsAFileThatDidNotExist() throws IOException {
        Path target = folder.resolve("new.txt");

        try (OutputFile file = OutputFile.create(target)) {
            file.writer().write("text");
            assertFalse(Files.exists(target), "not before the commit");
            file.commit();
        }

        assertEquals("text", Files.readString(target));
    }

    @Test
    void untilTheCommit_theOldFileIsUntouched_andTheTextIsInAShortHiddenTemporaryBesideIt() throws IOException {
        Path target = Files.writeString(folder.resolve("plan.txt"), "old\n");

        try (OutputFile file = OutputFile.create(target)) {
            file.writer().write("new\n");
            file.writer().flush();

            assertFalse(file.direct());
            assertEquals("old\n", Files.readString(target));
            List<String> names = names();
            assertEquals(2, names.size(), names::toString);
            // ".exoplan-" 9 + 8 random letters or digits + ".tmp" 4 = 21 characters.
            assertTrue(names.get(0).matches("\\.exoplan-[a-z0-9]{8}\\.tmp"), names::toString);
            assertEquals("new\n", Files.readString(folder.resolve(names.get(0))));
            file.commit();
        }
    }

    @Test
    void closeWithoutCommit_leavesTheOldFileAndNoTemporary() throws IOException {
        Path target = Files.writeString(folder.resolve("plan.txt"), "old\n");

        try (OutputFile file = OutputFile.create(target)) {
            file.writer().write("half a plan");
            file.writer().flush();
        }

        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of("plan.txt"), names());
    }

    @Test
    void closeWithoutCommit_ofANewName_leavesNothing() throws IOException {
        try (OutputFile file = OutputFile.create(folder.resolve("new.txt"))) {
            file.writer().write("half a plan");
        }

        assertEquals(List.of(), names());
    }

    @Test
    void closeAfterCommit_keepsTheFile() throws IOException {
        Path target = folder.resolve("plan.txt");
        OutputFile file = OutputFile.create(target);
        file.writer().write("text");
        file.commit();
        file.close();
        file.close();

        assertEquals("text", Files.readString(target));
        assertEquals(List.of("plan.txt"), names());
    }

    @Test
    void aTargetNameOfTheFull255Bytes_stillLeavesRoomForTheTemporary() throws IOException {
        // 251 + ".txt" 4 = 255 bytes, the most a name may have; a temporary named after it would not fit.
        String name = "a".repeat(251) + ".txt";
        assertEquals(255, name.getBytes(UTF_8).length);
        Path target = folder.resolve(name);

        try (OutputFile file = OutputFile.create(target)) {
            file.writer().write("text");
            file.writer().flush();
            String temporary = names().stream().filter(n -> !n.equals(name)).findFirst().orElseThrow();
            assertEquals(21, temporary.getBytes(UTF_8).length, temporary);
            file.commit();
        }

        assertEquals("text", Files.readString(target));
        assertEquals(List.of(name), names());
    }

    @Test
    void aDevice_isWrittenDirectly_notRenamedOver() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "a /dev/null device");

        try (OutputFile file = OutputFile.create(devNull)) {
            assertTrue(file.direct());
            file.writer().write("gone");
            file.commit();
        }

        assertFalse(Files.isRegularFile(devNull), "still the device");
        assertFalse(Files.isDirectory(devNull));
    }

    @Test
    void aSymbolicLinkToADevice_isWrittenDirectly_andStaysALink() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "a /dev/null device");
        Path link = Files.createSymbolicLink(folder.resolve("out"), devNull);

        try (OutputFile file = OutputFile.create(link)) {
            assertTrue(file.direct());
            file.writer().write("gone");
            file.commit();
        }

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of("out"), names());
    }

    @Test
    void aSymbolicLink_replacesTheFileItPointsTo_besideThatFile_andStaysALink() throws IOException {
        Path real = Files.createDirectory(folder.resolve("real"));
        Path target = Files.writeString(real.resolve("plan.txt"), "old\n");
        Path link = Files.createSymbolicLink(folder.resolve("link.txt"), Path.of("real", "plan.txt"));

        try (OutputFile file = OutputFile.create(link)) {
            file.writer().write("new\n");
            file.commit();
        }

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(target));
        try (Stream<Path> files = Files.list(real)) {
            assertEquals(1, files.count(), "no temporary left beside the target");
        }
    }

    @Test
    void aReplacedFile_keepsItsMode() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = Files.writeString(folder.resolve("plan.txt"), "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        try (OutputFile file = OutputFile.create(target)) {
            file.writer().write("new\n");
            file.commit();
        }

        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target,
                LinkOption.NOFOLLOW_LINKS)));
    }

    @Test
    void aFolder_isRefused_andLeftAsItIs() throws IOException {
        Path sub = Files.createDirectory(folder.resolve("sub"));

        assertThrows(OutputFile.IsAFolder.class, () -> OutputFile.create(sub));
        assertTrue(Files.isDirectory(sub));
        assertEquals(List.of("sub"), names());
    }

    @Test
    void aMissingFolder_isRefused() {
        assertThrows(NoSuchFileException.class, () -> OutputFile.create(folder.resolve("no/such/plan.txt")));
    }
}
