package synthlex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The example services the benchmarks use: the smallest and the largest file in facts/. */
final class Services {
    private Services() { }

    static List<Path> bySize() {
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .sorted(Comparator.comparingLong((Path p) -> size(p)).thenComparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path pick(String which) {
        List<Path> all = bySize();
        return which.equals("smallest") ? all.get(0) : all.get(all.size() - 1);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
