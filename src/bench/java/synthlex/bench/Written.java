package synthlex.bench;

import java.io.IOException;
import java.io.OutputStream;
import synthlex.json.Json;

/** Writes a value as the API does (JSON streamed to the client), into a stream that only counts bytes. */
final class Written {
    private Written() { }

    static long bytes(Object value) throws IOException {
        long[] count = {0};
        OutputStream counter = new OutputStream() {
            @Override public void write(int b) { count[0]++; }

            @Override public void write(byte[] b, int off, int len) { count[0] += len; }
        };
        Json.MAPPER.writeValue(counter, value);
        return count[0];
    }
}
