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
import java.nio.file.attribute.BasicFileAttributes;
import synthlex.json.Json;

/**
 * {@code serve --decision-log FILE}: one JSON line per answered evaluation, appended before the
 * answer is sent. Each record is written with one write of a whole line; on opening, a torn last
 * line left by a crash is cut off; when the file would pass its size limit it is rotated
 * (FILE -> FILE.1 -> FILE.2 …) under the same lock, so no record is lost or split.
 *
 * <p>Before each write the log checks that FILE is still the file it has open (same file key, i.e.
 * device and inode): if FILE was deleted or moved away by someone else (an operator's {@code rm}, an
 * outside logrotate), it is reopened (created anew) so the record lands in FILE, not in an unlinked
 * inode. If it cannot be reopened, the append throws and the server answers 503.
 *
 * <p>Each record carries a keyed hash of its input (HMAC-SHA256, {@link #inputHash}), so that with
 * {@code --redact} nobody holding the log but not the key can confirm a guessed description. The key
 * is the environment variable {@value #KEY_VARIABLE}; without it a random key is drawn for this
 * process (hashes then match only within one run) and a warning says so.
 */
public final class DecisionLog implements AutoCloseable {
    private final Path file;
    private final long maxBytes;
    private final int keep;
    private final byte[] hmacKey;
    private FileChannel channel;
    private Object fileKey; // identity of the file the channel writes to (null where the platform has none)

    public static final String KEY_VARIABLE = "SYNTHLEX_LOG_HMAC_KEY";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DecisionLog.class);

    /** The hash key from {@value #KEY_VARIABLE}, or a random one for this process (with a warning). */
    public DecisionLog(Path file, long maxBytes, int keep) throws IOException {
        this(file, maxBytes, keep, keyFromEnvironment());
    }

    public DecisionLog(Path file, long maxBytes, int keep, byte[] hmacKey) throws IOException {
        if (hmacKey == null || hmacKey.length == 0) throw new IllegalArgumentException("empty HMAC key");
        this.hmacKey = hmacKey.clone();
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
        fileKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        return c;
    }

    private static byte[] keyFromEnvironment() {
        String key = System.getenv(KEY_VARIABLE);
        if (key != null && !key.isBlank()) return key.getBytes(StandardCharsets.UTF_8);
        LOG.warn("{} is not set: decision-log input hashes use a random key for this process only,"
                + " so they cannot be compared across restarts", KEY_VARIABLE);
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return random;
    }

    /** HMAC-SHA256 of the input text under this log's key, in hex. */
    public String inputHash(String input) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(hmacKey, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
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
            reopenIfGone();
            if (channel.size() > 0 && channel.size() + line.length > maxBytes) rotate();
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) channel.write(buf);
        } catch (IOException e) {
            throw new DecisionLogException("decision log " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** Reopens FILE when the open channel no longer writes to it (deleted or replaced from outside). */
    private void reopenIfGone() throws IOException {
        boolean exists = true;
        Object current = null;
        try {
            current = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (java.nio.file.NoSuchFileException e) {
            exists = false;
        }
        if (exists && channel.isOpen() && (fileKey == null || fileKey.equals(current))) return;
        try {
            if (channel.isOpen()) channel.close();
        } catch (IOException ignored) {
            // the old file is no longer FILE; nothing more goes into it
        }
        channel = open(); // throws if FILE cannot be created: the caller refuses to answer and the next append tries again
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
        if (!channel.isOpen()) return;
        channel.force(true);
        channel.close();
    }
}
