package synthlex.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import synthlex.json.Json;

/**
 * Draws the growth figures of a JMH JSON result as a PNG: evaluation time and build time against
 * rule-base size, and batch time against batch size. Usage: Plot RESULT.json OUT.png
 */
public final class Plot {
    record Point(double x, double y) { }

    public static void main(String[] args) throws Exception {
        JsonNode results = Json.MAPPER.readTree(new File(args[0]));
        List<Point> eval = new ArrayList<>(), build = new ArrayList<>(), batch = new ArrayList<>();
        for (JsonNode r : results) {
            String name = r.path("benchmark").asText();
            JsonNode m = r.path("primaryMetric");
            double p50 = m.path("scorePercentiles").path("50.0").asDouble(m.path("score").asDouble());
            if (name.endsWith("GrowthBench.evaluateLargest")) eval.add(new Point(r.path("params").path("scale").asDouble(), p50));
            if (name.endsWith("GrowthBench.buildRuleBase")) build.add(new Point(r.path("params").path("scale").asDouble(), m.path("score").asDouble()));
            if (name.endsWith("BatchBench.evaluateBatch")) batch.add(new Point(r.path("params").path("size").asDouble(), m.path("score").asDouble()));
        }
        BufferedImage img = new BufferedImage(1200, 460, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 460);
        panel(g, 40, "Rule base x1, x4, x16 (largest service)", "rule-base copies", List.of(
                new Series("evaluation p50 (µs)", eval, new Color(0x3366cc)), new Series("build (ms)", build, new Color(0xcc3333))));
        panel(g, 640, "Batch of N services (evaluate + JSON)", "services in the batch", List.of(
                new Series("batch time (ms)", batch, new Color(0x339933))));
        g.dispose();
        ImageIO.write(img, "png", Path.of(args[1]).toFile());
    }

    record Series(String label, List<Point> points, Color color) { }

    /** 3 significant figures without exponents: 0.157, 14.3, 154, 3110. */
    private static String value(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** A log-log panel, each series scaled to its own maximum and labelled with its values. */
    private static void panel(Graphics2D g, int left, String title, String xLabel, List<Series> series) {
        int top = 60, w = 520, h = 320;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, left, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawRect(left, top, w, h);
        g.drawString(xLabel + " (log scale); each line labelled with its values", left, top + h + 30);
        double minX = Double.MAX_VALUE, maxX = 0, minY = Double.MAX_VALUE, maxY = 0;
        for (Series s : series) for (Point p : s.points()) {
            minX = Math.min(minX, p.x()); maxX = Math.max(maxX, p.x()); minY = Math.min(minY, p.y()); maxY = Math.max(maxY, p.y());
        }
        if (maxX == 0) return;
        double lx0 = Math.log10(minX), lx1 = Math.log10(maxX) + 1e-9, ly0 = Math.log10(minY) - 0.1, ly1 = Math.log10(maxY) + 0.1;
        int legend = 0;
        for (Series s : series) {
            g.setColor(s.color());
            g.setStroke(new BasicStroke(2.5f));
            int px = -1, py = -1;
            List<Point> pts = new ArrayList<>(s.points());
            pts.sort((a, b) -> Double.compare(a.x(), b.x()));
            for (Point p : pts) {
                int x = left + (int) ((Math.log10(p.x()) - lx0) / (lx1 - lx0) * (w - 40)) + 20;
                int y = top + h - (int) ((Math.log10(p.y()) - ly0) / (ly1 - ly0) * h);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (px >= 0) g.drawLine(px, py, x, y);
                String label = ((int) p.x() == p.x() ? String.valueOf((int) p.x()) : String.valueOf(p.x())) + ": " + value(p.y());
                // labels right of the point, or left of it where they would leave the panel
                int width = g.getFontMetrics().stringWidth(label);
                int lx = x + 6 + width > left + w - 4 ? x - 6 - width : x + 6;
                g.drawString(label, lx, y > top + 40 ? y - 8 : y + 18);
                px = x;
                py = y;
            }
            g.drawString(s.label(), left + 10, top + 20 + 16 * legend++);
        }
    }
}
