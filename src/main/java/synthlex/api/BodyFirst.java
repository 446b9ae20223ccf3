package synthlex.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's whole body before the routes see it, without holding a thread while it
 * arrives (attack review R3). The routes read bodies with blocking calls; a client sending a byte
 * a second used to hold one of Jetty's threads for as long as it liked, and 300 such clients held
 * them all. Here a body arrives through Jetty's demand callbacks, and only a complete body is
 * handed on. Three limits keep it bounded:
 * <ul>
 * <li>a body larger than {@code maxBytes} (the batch limit) is refused with 413 before it is read;</li>
 * <li>a body not complete {@code deadlineMillis} after the request began is refused with 408, so a
 *     slow client gives its connection back;</li>
 * <li>bodies being read or waiting for their route together hold at most {@code budgetBytes};
 *     beyond that a request gets 503 with {@code Retry-After}, instead of the heap running out.</li>
 * </ul>
 */
final class BodyFirst extends Handler.Wrapper {
    private static final Problem BUSY = Problem.of(503, "overloaded", "Server busy",
            "Too many request bodies are being received at once; retry shortly.");

    private final long maxBytes;
    private final long deadlineMillis;
    private final long budgetBytes;
    private final AtomicLong held = new AtomicLong();

    BodyFirst(Handler next, long maxBytes, long deadlineMillis, long budgetBytes) {
        super(next);
        this.maxBytes = maxBytes;
        this.deadlineMillis = deadlineMillis;
        this.budgetBytes = budgetBytes;
    }

    /** Bytes of request bodies held now (for tests and /health-style diagnostics). */
    long held() {
        return held.get();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean chunked = length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (length <= 0 && !chunked) return super.handle(request, response, callback);
        if (length > maxBytes) {
            RawProblem.write(response, callback, ProblemErrorHandler.problem(413), null);
            return true;
        }
        long reserve = Math.max(length, 0);
        if (!reserve(reserve)) {
            RawProblem.write(response, callback, BUSY, "2");
            return true;
        }
        new Loader(request, response, callback, reserve).read();
        return true;
    }

    private boolean reserve(long bytes) {
        while (true) {
            long now = held.get();
            if (now > 0 && now + bytes > budgetBytes) return false; // a single body within maxBytes always fits an empty budget
            if (held.compareAndSet(now, now + bytes)) return true;
        }
    }

    /** One body being read: its bytes, its deadline, and which of "complete" or "too late" came first. */
    private final class Loader implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteArrayOutputStream body;
        private final AtomicBoolean settled = new AtomicBoolean();
        private final Scheduler.Task deadline;
        private long reserved;

        Loader(Request request, Response response, Callback callback, long reserved) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.reserved = reserved;
            this.body = new ByteArrayOutputStream((int) Math.min(Math.max(reserved, 1024), maxBytes));
            this.deadline = request.getComponents().getScheduler().schedule(this::tooLate, deadlineMillis, TimeUnit.MILLISECONDS);
        }

        /** Called again by Jetty (on one of its threads) whenever more of the body has arrived. */
        @Override public void run() {
            read();
        }

        void read() {
            while (!settled.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    chunk.release();
                    if (settle()) callback.failed(chunk.getFailure()); // the client hung up or sent a broken body
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                int n = bytes.remaining();
                if (body.size() + (long) n > maxBytes) {
                    chunk.release();
                    if (settle()) RawProblem.write(response, callback, ProblemErrorHandler.problem(413), null);
                    return;
                }
                if (body.size() + (long) n > reserved) { // a chunked body grows its reservation as it comes
                    long more = body.size() + (long) n - reserved;
                    if (!reserve(more)) {
                        chunk.release();
                        if (settle()) RawProblem.write(response, callback, BUSY, "2");
                        return;
                    }
                    reserved += more;
                }
                byte[] copy = new byte[n];
                bytes.get(copy);
                body.write(copy, 0, n);
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    if (settle(false)) handOn();
                    return;
                }
            }
        }

        private void handOn() {
            Request complete = new Complete(request, body.toByteArray());
            Callback release = Callback.from(callback, () -> held.addAndGet(-reserved));
            try {
                if (!BodyFirst.super.handle(complete, response, release)) Response.writeError(complete, response, release, 404);
            } catch (Throwable t) {
                Response.writeError(complete, response, release, t);
            }
        }

        private void tooLate() {
            if (settle()) RawProblem.write(response, callback, Problem.of(408, "request-timeout", "Request timeout",
                    "The request body did not arrive within " + deadlineMillis / 1000 + " s."), null);
        }

        /** The first of complete, failed or too late wins; the others do nothing. Gives the bytes back unless the body goes on. */
        private boolean settle() {
            return settle(true);
        }

        private boolean settle(boolean giveBack) {
            if (!settled.compareAndSet(false, true)) return false;
            deadline.cancel();
            if (giveBack) held.addAndGet(-reserved);
            return true;
        }
    }

    /** The request with its body already here: reads never wait. */
    private static final class Complete extends Request.Wrapper {
        private Content.Chunk chunk;

        Complete(Request request, byte[] body) {
            super(request);
            this.chunk = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override public Content.Chunk read() {
            Content.Chunk c = chunk;
            if (c == null) return Content.Chunk.EOF;
            chunk = null;
            return c;
        }

        @Override public void demand(Runnable demandCallback) {
            demandCallback.run();
        }
    }
}
