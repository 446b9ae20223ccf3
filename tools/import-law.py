#!/usr/bin/env python3
"""One-off importer: research digest (shared/law/*.md) -> rules/sources/<id>.yaml + <id>.zh.txt.

The YAML it writes is a first draft; after import the files in rules/sources/ are the source of
truth and are edited by hand (item paraphrases, verification marks). Run again only to start over.

usage: tools/import-law.py LAW.md INSTRUMENT_ID ABBR OUT_DIR [--confirmed-articles 3,14,17]
"""
import re, sys, argparse, yaml

CN_NUM = "零一二三四五六七八九"

def cn_number(n):
    if n < 10: return CN_NUM[n]
    if n < 20: return "十" + (CN_NUM[n % 10] if n % 10 else "")
    if n < 100: return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    raise ValueError(n)

def header_table(md):
    rows = {}
    for m in re.finditer(r"^\| ([^|]+?) \| (.+?) \|$", md, re.M):
        rows[m.group(1).strip()] = m.group(2).strip()
    return rows

def split_paraphrase(p):
    """'¶1: foo ¶2: bar' -> {1: 'foo', 2: 'bar'}; otherwise {}"""
    parts = re.split(r"¶(\d+):\s*", p)
    if len(parts) < 3: return {}
    return {int(parts[i]): parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}

def parse_articles(md, abbr):
    arts = []
    blocks = re.split(r"^#{3,4} " + re.escape(abbr) + r" Art\. (\d+) \(第.+?条\)\s*$", md, flags=re.M)
    chapter_re = re.compile(r"^### (第.+章.*)$", re.M)
    # chapters: remember the last chapter heading before each article
    for i in range(1, len(blocks) - 1, 2):
        num = int(blocks[i]); body = blocks[i + 1]
        pre = blocks[i - 1]
        ch = chapter_re.findall(pre)
        ver = re.search(r"^\*(Verbatim Chinese[^*]*)\*\s*$", body, re.M)
        quote = []
        if ver:
            after = body[ver.end():]
            for line in after.splitlines():
                if line.startswith(">"):
                    quote.append(line[1:].strip())
                elif line.strip() == "" :
                    continue
                else:
                    break
        paras = []
        for q in quote:
            if not q: continue
            m = re.match(r"¶(\d+)\s*(.*)", q)
            if m: paras.append([m.group(2)])
            elif re.match(r"（[一二三四五六七八九十]+）", q) and paras: paras[-1].append(q)
            elif paras: paras[-1].append(q)
            else: paras.append([q])
        para = re.search(r"\*\*Paraphrase \(own words\):\*\*\s*(.+)", body)
        arts.append(dict(num=num, chapter=ch[-1] if ch else None,
                         verification=ver.group(1) if ver else None,
                         paras=paras, paraphrase=para.group(1).strip() if para else None))
    return arts

def duties(md, abbr):
    """The research base's duty lines: '- **ABBR Art. N(p)(i)** duty: <who> must <what>; kind: <kind>'."""
    out = []
    for m in re.finditer(r"^- \*\*" + re.escape(abbr) + r" (Art\. [0-9()]+)\*\* duty: (.+); kind: ([a-z -]+)\s*$", md, re.M):
        out.append(dict(cite=m.group(1), duty=m.group(2).strip(), kind=m.group(3).strip()))
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("law"); ap.add_argument("id"); ap.add_argument("abbr"); ap.add_argument("out")
    ap.add_argument("--confirmed-articles", default="")
    a = ap.parse_args()
    md = open(a.law, encoding="utf-8").read()
    confirmed = {int(x) for x in a.confirmed_articles.split(",") if x}
    h = header_table(md)
    arts = parse_articles(md, a.abbr)
    full, provisions, chapter = [], [], None
    for art in arts:
        if not art["paras"]:
            continue
        if art["chapter"] and art["chapter"] != chapter:
            chapter = art["chapter"]; full.append(chapter)
        lines = [l for p in art["paras"] for l in p]
        art_text = "\n".join(lines)
        full.append(f"第{cn_number(art['num'])}条　" + art_text)
        reconstructed = "reconstructed" in (art["verification"] or "") and art["num"] not in confirmed
        multi = len(art["paras"]) > 1
        mark = "reconstructed-paragraph" if (reconstructed and multi) else "verbatim"
        provisions.append(dict(article=art["num"], text=art_text, summary=art["paraphrase"],
                               verification="verbatim", note=art["verification"]))
        psum = split_paraphrase(art["paraphrase"] or "")
        for pi, p in enumerate(art["paras"], 1):
            pnum = pi if multi else None
            if multi:
                provisions.append(dict(article=art["num"], paragraph=pnum, text="\n".join(p),
                                       summary=psum.get(pi, "TODO"), verification=mark))
            items = [l for l in p if re.match(r"（[一二三四五六七八九十]+）", l)]
            for ii, it in enumerate(items, 1):
                provisions.append(dict(article=art["num"], paragraph=pnum, item=ii, leadIn=p[0],
                                       text=it, summary="TODO", verification=mark))
    out = {
        "id": a.id, "abbreviation": a.abbr,
        "title": {"zh": h.get("Official Chinese title"), "en": h.get("English title (descriptive)")},
        "issuers": h.get("Issuing bodies") or h.get("Issuing body"),
        "documentNumber": h.get("Document number"),
        "promulgated": h.get("Promulgated"), "effective": h.get("Effective"),
        "status": "in-force", "sourceUrl": h.get("Official source (not fetched directly)"),
        "fullText": f"{a.id}.zh.txt", "provisions": provisions,
        "duties": duties(md, a.abbr),
    }
    with open(f"{a.out}/{a.id}.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=100)
    with open(f"{a.out}/{a.id}.zh.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(full) + "\n")

if __name__ == "__main__":
    main()
