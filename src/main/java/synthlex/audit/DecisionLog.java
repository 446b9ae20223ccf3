package synthlex.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import synthlex.json.Json;

/**
 * {@code serve --decision-log FILE}: one JSON line per answered evaluation, appended before the
 * answer is sent. Each record is written with one write of a whole line; on opening, a torn last
 * line left by a crash is cut off; when the file would pass its size limit it is rotated
 * (FILE -> FILE.1 -> FILE.2 …) under the same lock, so no record is lost or split.
 */
public final class DecisionLog implements AutoCloseable {
    private final Path file;
    private final long maxBytes;
    private final int keep;
    private FileChannel channel;

    public DecisionLog(Path file, long maxBytes, int keep) throws IOException {
        this.file = file.toAbsolutePath();
        this.maxBytes = maxBytes;
        this.keep = keep;
        Path parent = this.file.getParent();
        if (parent != null) Files.createDirectories(parent);
        this.channel = open();
    }

    private FileChannel open() throws IOException {
        FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        repairTornTail(c);
        c.position(c.size());
        return c;
    }

    /** Cuts a last line that has no newline: the remains of a write a crash interrupted. */
    private static void repairTornTail(FileChannel c) throws IOException {
        long size = c.size();
        if (size == 0) return;
        long pos = size;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (pos > 0) {
            one.clear();
            c.read(one, pos - 1);
            if (one.get(0) == '\n') break;
            pos--;
        }
        if (pos != size) c.truncate(pos);
    }

    /** Appends one record; throws if it cannot be written, so the caller can refuse to answer. */
    public synchronized void append(Object record) {
        byte[] line;
        try {
            line = (Json.MAPPER.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision record cannot be serialised", e);
        }
        try {
            if (channel.size() > 0 && channel.size() + line.length > maxBytes) rotate();
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) channel.write(buf);
        } catch (IOException e) {
            throw new DecisionLogException("decision log " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    private void rotate() throws IOException {
        channel.force(true);
        channel.close();
        for (int i = keep - 1; i >= 1; i--) {
            Path from = sibling(i);
            if (Files.exists(from)) Files.move(from, sibling(i + 1), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(file, sibling(1), StandardCopyOption.REPLACE_EXISTING);
        channel = open();
    }

    private Path sibling(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    @Override public synchronized void close() throws IOException {
        channel.force(true);
        channel.close();
    }
}
