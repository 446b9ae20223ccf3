package synthlex.rulebook;

/** The rulebook's page frame: readable, printable, no external assets. */
final class Html {
    private static final String STYLE = """
            body{font:15px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}h2.sub{border:0;font-weight:normal;margin-top:0}
            h3{font-size:1rem;margin-top:1.2rem}blockquote{margin:.5rem 0;padding:.5rem 1rem;background:#f6f6f4;border-left:3px solid #b33}
            table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}
            .rule{margin:.6rem 0 .6rem 1rem;padding:.2rem .8rem;border-left:3px solid #36c}.mark{font-size:.8rem;color:#555;background:#eee;padding:0 .3rem;border-radius:3px}
            .reading{font-style:italic}.duty{margin:.2rem 0}code{font-size:.9em}@media print{a{color:inherit}.rule{break-inside:avoid}}
            """;

    private Html() { }

    static String page(String title, String body) {
        return "<!doctype html><html lang=en><head><meta charset=utf-8><meta name=viewport content=\"width=device-width,initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>" + STYLE + "</style></head><body>" + body + "</body></html>\n";
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
