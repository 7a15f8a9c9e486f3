#!/usr/bin/env python3
"""dipgraph's own synthetic corpus of diplomatic news, for speed benchmarks.

Usage:
  python3 bench/gen_corpus.py --n 10000 --seed 7 --out bench/out/c10k [--words 600]

Writes OUT/articles.jsonl: one {"id", "date", "title", "text"} object per
line, the format of the evaluation sets. The same (--n, --seed, --words)
gives byte-identical output on any machine (standard library only; no set or
dict iteration order, no hash randomisation, no clock).

The text is meant to make the extractor do the work real news makes it do,
not to be accurate: real leaders with titles and surnames ("French President
Emmanuel Macron ... Mr Macron ... he"), countries, demonyms, capitals and
organisations; every relation family in active, passive, nominal ("held
talks with") and reported-speech forms; negated, modal and planned acts;
weekday, month, day-month and relative dates; abbreviations, decimals,
quotations and long background sentences with no event at all.
"""
import argparse
import datetime as dt
import json
import os
import random

# (country, adjective, capital, title, leader, surname, pronoun)
# Office holders of 2023, so that titles and dates agree with the lexicon.
LEADERS = [
    ("France", "French", "Paris", "President", "Emmanuel Macron", "Macron", "he"),
    ("Germany", "German", "Berlin", "Chancellor", "Olaf Scholz", "Scholz", "he"),
    ("China", "Chinese", "Beijing", "President", "Xi Jinping", "Xi", "he"),
    ("Russia", "Russian", "Moscow", "President", "Vladimir Putin", "Putin", "he"),
    ("the United States", "U.S.", "Washington", "President", "Joe Biden", "Biden", "he"),
    ("Japan", "Japanese", "Tokyo", "Prime Minister", "Fumio Kishida", "Kishida", "he"),
    ("India", "Indian", "New Delhi", "Prime Minister", "Narendra Modi", "Modi", "he"),
    ("Brazil", "Brazilian", "Brasilia", "President", "Luiz Inacio Lula da Silva", "Lula", "he"),
    ("South Africa", "South African", "Pretoria", "President", "Cyril Ramaphosa", "Ramaphosa", "he"),
    ("Turkey", "Turkish", "Ankara", "President", "Recep Tayyip Erdogan", "Erdogan", "he"),
    ("Italy", "Italian", "Rome", "Prime Minister", "Giorgia Meloni", "Meloni", "she"),
    ("Britain", "British", "London", "Prime Minister", "Rishi Sunak", "Sunak", "he"),
    ("Canada", "Canadian", "Ottawa", "Prime Minister", "Justin Trudeau", "Trudeau", "he"),
    ("Australia", "Australian", "Canberra", "Prime Minister", "Anthony Albanese", "Albanese", "he"),
    ("South Korea", "South Korean", "Seoul", "President", "Yoon Suk Yeol", "Yoon", "he"),
    ("Indonesia", "Indonesian", "Jakarta", "President", "Joko Widodo", "Widodo", "he"),
    ("Mexico", "Mexican", "Mexico City", "President", "Andres Manuel Lopez Obrador", "Lopez Obrador", "he"),
    ("Ukraine", "Ukrainian", "Kyiv", "President", "Volodymyr Zelensky", "Zelensky", "he"),
    ("Saudi Arabia", "Saudi", "Riyadh", "Crown Prince", "Mohammed bin Salman", "bin Salman", "he"),
    ("Egypt", "Egyptian", "Cairo", "President", "Abdel Fattah al-Sisi", "Sisi", "he"),
    ("Spain", "Spanish", "Madrid", "Prime Minister", "Pedro Sanchez", "Sanchez", "he"),
    ("Poland", "Polish", "Warsaw", "President", "Andrzej Duda", "Duda", "he"),
    ("Israel", "Israeli", "Jerusalem", "Prime Minister", "Benjamin Netanyahu", "Netanyahu", "he"),
    ("Iran", "Iranian", "Tehran", "President", "Ebrahim Raisi", "Raisi", "he"),
    ("Nigeria", "Nigerian", "Abuja", "President", "Bola Tinubu", "Tinubu", "he"),
    ("Kenya", "Kenyan", "Nairobi", "President", "William Ruto", "Ruto", "he"),
    ("Argentina", "Argentine", "Buenos Aires", "President", "Alberto Fernandez", "Fernandez", "he"),
    ("Hungary", "Hungarian", "Budapest", "Prime Minister", "Viktor Orban", "Orban", "he"),
]

FOREIGN_MINISTERS = [
    ("France", "Catherine Colonna", "Colonna", "she"),
    ("Germany", "Annalena Baerbock", "Baerbock", "she"),
    ("China", "Wang Yi", "Wang", "he"),
    ("Russia", "Sergei Lavrov", "Lavrov", "he"),
    ("the United States", "Antony Blinken", "Blinken", "he"),
    ("India", "Subrahmanyam Jaishankar", "Jaishankar", "he"),
    ("Britain", "James Cleverly", "Cleverly", "he"),
    ("Japan", "Yoshimasa Hayashi", "Hayashi", "he"),
    ("Ukraine", "Dmytro Kuleba", "Kuleba", "he"),
    ("Turkey", "Hakan Fidan", "Fidan", "he"),
]

ORGS = [
    "the United Nations", "NATO", "the European Union", "the African Union",
    "ASEAN", "the World Trade Organization", "the International Monetary Fund",
    "the World Bank", "the UN Security Council", "the Arab League",
    "the International Atomic Energy Agency", "the G7",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

TOPICS = [
    "trade", "energy security", "the war in Ukraine", "climate finance",
    "grain exports", "nuclear non-proliferation", "migration", "debt relief",
    "semiconductor supply chains", "maritime security", "counter-terrorism",
    "the situation in Gaza", "food security", "critical minerals",
]

DEALS = [
    "a trade agreement", "a defence cooperation pact", "a memorandum of understanding on energy",
    "a $4.5 billion investment deal", "an agreement on visa-free travel",
    "a nuclear energy accord", "a joint declaration on climate",
]


class Writer:
    """Builds one article; keeps track of who was last mentioned, so that
    pronouns and surnames refer back the way news prose does."""

    def __init__(self, rng, date):
        self.rng = rng
        self.date = date
        self.introduced = set()

    # ---- naming -------------------------------------------------------
    def person(self, p, allow_pronoun=True, start=False):
        """Full title and name the first time, then Mr/Ms surname or a pronoun."""
        country, adj, cap, title, name, surname, pron = p
        if name not in self.introduced:
            self.introduced.add(name)
            form = self.rng.choice([0, 0, 1, 2])
            if form == 0:
                return f"{adj} {title} {name}"
            if form == 1:
                return f"{name}, the {adj} {title.lower()},"
            return f"{country}'s {title.lower()}, {name},"
        r = self.rng.random()
        if allow_pronoun and r < 0.2:
            if start:
                return pron.capitalize()
            return "her" if pron == "she" else "him"
        if r < 0.55:
            hon = "Ms" if pron == "she" else "Mr"
            return f"{hon} {surname}"
        return surname

    def country(self, p, start=False):
        r = self.rng.random()
        c = p[0]
        if c.startswith("the ") and start:
            c = "The " + c[4:]
        if r < 0.6:
            return c
        if r < 0.8:
            return f"the {p[1]} government" if not start else f"The {p[1]} government"
        return p[2]

    def actor(self, p, start=False):
        return self.person(p, start=start) if self.rng.random() < 0.65 else self.country(p, start=start)

    # ---- dates ----------------------------------------------------------
    def when(self):
        r = self.rng.random()
        d = self.date
        if r < 0.3:
            return "on " + WEEKDAYS[(d.weekday() - self.rng.randint(0, 5)) % 7]
        if r < 0.45:
            return f"on {self.rng.randint(1, 28)} {MONTHS[(d.month - 1 - self.rng.randint(0, 2)) % 12]}"
        if r < 0.55:
            return f"on {MONTHS[d.month - 1]} {self.rng.randint(1, max(1, d.day))}"
        if r < 0.65:
            return "in " + MONTHS[(d.month - 1 - self.rng.randint(0, 4)) % 12]
        if r < 0.75:
            return self.rng.choice(["last week", "earlier this month", "yesterday", "this week"])
        if r < 0.8:
            return f"in {d.year - self.rng.randint(0, 3)}"
        return ""

    # ---- sentences --------------------------------------------------------
    def event_sentence(self, a, b):
        """One sentence about a relation between a and b, in one of many forms."""
        rng = self.rng
        w = self.when()
        wsp = f" {w}" if w else ""
        topic = rng.choice(TOPICS)
        kind = rng.randrange(24)
        A = self.actor(a, start=True)
        B = self.actor(b)
        if kind == 0:
            return f"{A} met {B} in {rng.choice([a, b])[2]}{wsp} to discuss {topic}."
        if kind == 1:
            return f"{A} held talks with {B}{wsp}, focusing on {topic} and regional stability."
        if kind == 2:
            return f"{A} visited {b[0]}{wsp}, the first such trip in {rng.randint(2, 15)} years."
        if kind == 3:
            return f"{A} hosted {B} at a state dinner{wsp}."
        if kind == 4:
            return f"{A} urged {B} to {rng.choice(['show restraint', 'return to talks', 'release the detainees', 'honour the ceasefire'])}."
        if kind == 5:
            return f"{A} and {B} signed {rng.choice(DEALS)}{wsp}."
        if kind == 6:
            return f"{A} criticised {B} over its handling of {topic}{wsp}."
        if kind == 7:
            return f"{A} imposed sanctions on {b[0]}{wsp}, targeting banks and {rng.randint(12, 90)} individuals."
        if kind == 8:
            return f"{A} accused {B} of undermining {topic}, calling the move \"deeply irresponsible\"."
        if kind == 9:
            return f"{A} praised {B} for {rng.choice(['its leadership on', 'its commitment to', 'its restraint over'])} {topic}."
        if kind == 10:
            return f"{A} pledged {rng.randint(1, 9)}.{rng.randint(0, 9)} billion dollars in aid to {b[0]}{wsp}."
        if kind == 11:
            return f"{A} was welcomed by {B} on arrival in {b[2]}{wsp}."
        if kind == 12:
            return f"{A} invited {B} to attend a summit on {topic} later this year."
        if kind == 13:
            return f"{A} rejected {B}'s proposal for {topic} talks, officials said."
        if kind == 14:
            return f"{A} threatened {B} with {rng.choice(['retaliatory tariffs', 'further measures', 'a suspension of talks'])}."
        if kind == 15:
            return f"{A} did not meet {B} during the visit, according to a spokesman."
        if kind == 16:
            return f"{A} may visit {b[0]} next year if conditions allow, diplomats said."
        if kind == 17:
            return f"{A} told {B} that {self.adj(a)} support for {topic} would not waver."
        if kind == 18:
            return f"{A} demanded that {B} withdraw its forces from the border area{wsp}."
        if kind == 19:
            return f"{A} spoke by phone with {B}{wsp} about {topic}."
        if kind == 20:
            return f"{A} condemned {B} for the strike on a civilian convoy{wsp}."
        if kind == 21:
            return f"{A} agreed with {B} to expand cooperation on {topic}."
        if kind == 22:
            return f"\"We count on {B},\" {self.person(a, allow_pronoun=False)} said after the meeting{wsp}."
        return f"{A} refused to sign the communique proposed by {B}."

    def adj(self, p):
        return p[1]

    def filler(self):
        rng = self.rng
        kind = rng.randrange(8)
        if kind == 0:
            return (f"Bilateral trade reached ${rng.randint(2, 300)}.{rng.randint(0, 9)} billion last year, "
                    f"up {rng.randint(1, 30)}.{rng.randint(0, 9)} per cent on the year before, according to official figures.")
        if kind == 1:
            return ("Analysts said the talks were unlikely to produce a breakthrough, but that "
                    "both sides had an interest in keeping channels open ahead of the next round.")
        if kind == 2:
            return (f"The statement, released late in the evening, ran to {rng.randint(3, 40)} pages and "
                    f"covered {rng.choice(TOPICS)}, {rng.choice(TOPICS)} and {rng.choice(TOPICS)}.")
        if kind == 3:
            return (f"Dr. {rng.choice(['Amelia', 'Karim', 'Ines', 'Tomasz', 'Haruka'])} "
                    f"{rng.choice(['Lindqvist', 'Haddad', 'Okafor', 'Moreau', 'Tanaka'])}, "
                    f"a researcher at the Institute for Strategic Studies, said the meeting "
                    f"\"changes the tone, not the substance\" of relations.")
        if kind == 4:
            return (f"Markets in {rng.choice(LEADERS)[2]} rose {rng.randint(0, 3)}.{rng.randint(1, 9)}% "
                    f"after the announcement, while the currency was little changed.")
        if kind == 5:
            return ("Officials on both sides declined to comment on the details, citing the sensitivity "
                    "of the negotiations, which have been under way for several months.")
        if kind == 6:
            return (f"The meeting took place on the sidelines of a summit of {rng.choice(ORGS)}, "
                    f"which drew delegations from more than {rng.randint(20, 120)} countries.")
        return (f"Protesters gathered outside the venue, holding banners about {rng.choice(TOPICS)}; "
                f"police said about {rng.randint(2, 50) * 100} people took part.")

    def org_sentence(self, a):
        rng = self.rng
        org = rng.choice(ORGS)
        A = self.actor(a, start=True)
        k = rng.randrange(4)
        if k == 0:
            return f"{A} addressed {org} {self.when() or 'on Monday'}, calling for action on {rng.choice(TOPICS)}."
        if k == 1:
            return f"{org[0].upper() + org[1:]} urged {self.actor(a)} to respect its obligations."
        if k == 2:
            return f"{A} asked {org} to investigate the incident."
        return f"{org[0].upper() + org[1:]} welcomed the agreement, according to a statement."


def article(i, rng, words):
    start = dt.date(2023, 1, 1)
    date = start + dt.timedelta(days=rng.randrange(365))
    w = Writer(rng, date)
    cast = rng.sample(LEADERS, rng.randint(2, 4))
    a, b = cast[0], cast[1]
    if rng.random() < 0.3:
        fm = [f for f in FOREIGN_MINISTERS if f[0] == a[0]]
        if fm:
            c, name, sur, pron = fm[0]
            a = (a[0], a[1], a[2], "Foreign Minister", name, sur, pron)
    verb = rng.choice(["meets", "visits", "urges", "signs deal with", "criticises", "hosts", "sanctions"])
    title = f"{a[5]} {verb} {b[5] if rng.random() < 0.5 else b[0]} as {rng.choice(TOPICS)} tops agenda"
    dateline = f"{rng.choice([a, b])[2].upper()}, {MONTHS[date.month - 1]} {date.day} -"
    paras = []
    n_words = 0
    first = True
    while n_words < words:
        sents = []
        for k in range(rng.randint(2, 4)):
            r = 0.0 if first and k == 0 else rng.random()
            if r < 0.5:
                x, y = rng.sample(cast, 2) if len(cast) > 2 and rng.random() < 0.4 else (a, b)
                if r > 0.0 and rng.random() < 0.25:
                    x, y = y, x
                s = w.event_sentence(x, y)
            elif r < 0.62:
                s = w.org_sentence(rng.choice(cast))
            else:
                s = w.filler()
            sents.append(s)
        para = " ".join(sents)
        if first:
            para = f"{dateline} {para}"
            first = False
        paras.append(para)
        n_words += len(para.split())
    return {
        "id": f"syn-{i:07d}",
        "date": date.isoformat(),
        "title": title,
        "text": "\n".join(paras),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, required=True, help="number of articles")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--words", type=int, default=600, help="approximate words per article")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "articles.jsonl")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for i in range(args.n):
            # One generator per article: article i is the same whatever --n is.
            rng = random.Random(args.seed * 1_000_003 + i)
            f.write(json.dumps(article(i, rng, args.words), ensure_ascii=False))
            f.write("\n")
    os.replace(tmp, path)


if __name__ == "__main__":
    main()
