package synthlex.hardening;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code wrk -c10000} did to the server in the attack review (R1): many keep-alive
 * connections, each sending its next request as soon as its last answer came back, on one thread
 * with non-blocking sockets. Counts the answers by status.
 */
final class Flood {
    int connected, refused, answered, ok, overloaded, other;

    /** {@code threads} floods at once, like wrk's threads; their counts added up. */
    static Flood parallel(int port, int threads, int connectionsEach, String request, long millis) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Flood>> runs = new ArrayList<>();
            for (int i = 0; i < threads; i++) runs.add(pool.submit(() -> run(port, connectionsEach, request, millis)));
            Flood sum = new Flood();
            for (var r : runs) {
                Flood f = r.get();
                sum.connected += f.connected; sum.refused += f.refused; sum.answered += f.answered;
                sum.ok += f.ok; sum.overloaded += f.overloaded; sum.other += f.other;
            }
            return sum;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Opens {@code connections} connections to {@code port} and keeps each busy with {@code request} for {@code millis}. */
    static Flood run(int port, int connections, String request, long millis) throws IOException {
        Flood f = new Flood();
        byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
        List<SocketChannel> channels = new ArrayList<>();
        try (Selector selector = Selector.open()) {
            for (int i = 0; i < connections; i++) {
                SocketChannel c = SocketChannel.open();
                c.configureBlocking(false);
                c.connect(new InetSocketAddress("127.0.0.1", port));
                c.register(selector, SelectionKey.OP_CONNECT, new Conn());
                channels.add(c);
            }
            long end = System.nanoTime() + millis * 1_000_000;
            ByteBuffer in = ByteBuffer.allocate(64 * 1024);
            while (System.nanoTime() < end) {
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    SocketChannel c = (SocketChannel) key.channel();
                    Conn conn = (Conn) key.attachment();
                    try {
                        if (key.isConnectable() && c.finishConnect()) {
                            f.connected++;
                            send(c, bytes, key);
                        } else if (key.isReadable()) {
                            in.clear();
                            int n = c.read(in);
                            if (n < 0) { key.cancel(); c.close(); continue; }
                            String text = conn.carry + new String(in.array(), 0, n, StandardCharsets.ISO_8859_1);
                            int at = 0;
                            while ((at = text.indexOf("HTTP/1.1 ", at)) >= 0 && at + 12 <= text.length()) {
                                String status = text.substring(at + 9, at + 12);
                                f.answered++;
                                if (status.equals("200")) f.ok++; else if (status.equals("503")) f.overloaded++; else f.other++;
                                at += 12;
                                conn.pending--;
                            }
                            conn.carry = text.substring(Math.max(0, text.length() - 12));
                            if (conn.pending == 0) send(c, bytes, key);
                        }
                    } catch (IOException e) {
                        if (!conn.wasConnected(c)) f.refused++;
                        key.cancel();
                        c.close();
                    }
                }
                selector.selectedKeys().clear();
            }
        } finally {
            for (SocketChannel c : channels) {
                try { c.close(); } catch (IOException ignored) { }
            }
        }
        return f;
    }

    private static void send(SocketChannel c, byte[] request, SelectionKey key) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(request);
        while (out.hasRemaining()) {
            if (c.write(out) == 0) break; // a full send buffer: this connection waits, the flood goes on
        }
        ((Conn) key.attachment()).pending = 1;
        key.interestOps(SelectionKey.OP_READ);
    }

    @Override public String toString() {
        return connected + " connected, " + refused + " refused, " + answered + " answers (" + ok + " 200, "
                + overloaded + " 503, " + other + " other)";
    }

    private static final class Conn {
        String carry = "";
        int pending;

        boolean wasConnected(SocketChannel c) {
            return c.isConnected();
        }
    }
}
