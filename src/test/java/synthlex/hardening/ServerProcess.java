package synthlex.hardening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server as the README starts it, in its own process: the README's JVM options (a 160 MB heap,
 * exit on out-of-memory), a free port, its output kept. Overload tests need a process of their own:
 * what they measure is whether that process survives, and how it stops.
 */
final class ServerProcess implements AutoCloseable {
    /** The README's JVM options, less the class-data archive (tests run from classes, not the jar). */
    static final List<String> README_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx160m", "-XX:+ExitOnOutOfMemoryError");

    final Process process;
    final int port;
    private final StringBuilder output = new StringBuilder();
    private final Thread reader;

    private ServerProcess(Process process, BufferedReader out) throws IOException {
        this.process = process;
        this.port = port(out);
        this.reader = new Thread(() -> out.lines().forEach(l -> { synchronized (output) { output.append(l).append('\n'); } }));
        reader.setDaemon(true);
        reader.start();
    }

    static ServerProcess start(List<String> jvmOptions, String... serveArguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "synthlex.cli.Main", "serve", "--port", "0"));
        command.addAll(List.of(serveArguments));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new ServerProcess(p, new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** GET /health on a new connection; the time it took, in milliseconds. */
    long healthMillis(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base() + "/health")).timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new AssertionError("/health answered " + r.statusCode() + ": " + r.body());
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Sends SIGTERM and returns at once. */
    void sigterm() throws Exception {
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
    }

    /** SIGTERM (not Process.destroy(), which would close the pipe the last lines come through); the exit code. */
    int terminate(long timeoutSeconds) throws Exception {
        sigterm();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) throw new AssertionError("still running " + timeoutSeconds + " s after SIGTERM");
        reader.join(10_000);
        return process.exitValue();
    }

    String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /** Resident memory of the server process in MB, from /proc (Linux). */
    long residentMegabytes() throws IOException {
        for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
        return -1;
    }

    /** Sockets the server process has open (listening and connected), from /proc (Linux). */
    long openSockets() throws IOException {
        long n = 0;
        try (var fds = java.nio.file.Files.list(Path.of("/proc/" + process.pid() + "/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    if (java.nio.file.Files.readSymbolicLink(fd).toString().startsWith("socket:")) n++;
                } catch (IOException gone) { } // closed while we looked
            }
        }
        return n;
    }

    @Override public void close() {
        process.destroyForcibly();
    }

    private static int port(BufferedReader out) throws IOException {
        Pattern serving = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = serving.matcher(line);
            if (m.find()) return Integer.parseInt(m.group(1));
        }
        throw new AssertionError("server did not start:\n" + seen);
    }
}
