//! Sentences and tokens with byte offsets into the article text.
//!
//! The splitter knows news English: titles ("Mr.", "Gen."), dotted acronyms
//! ("U.S.", "U.N."), initials ("George W. Bush"), quotes that close after the
//! full stop, and paragraphs (a newline always ends a sentence).

use std::borrow::Cow;

use crate::extract::words::ABBREVIATIONS;
use crate::fasthash::WordTable;

/// A token: a word, a number or one punctuation character.
///
/// Tokens borrow from the text they were cut from: an article has a token
/// every five bytes or so, and two owned strings per token were a fifth of
/// extraction time in allocation alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// Byte range in the article text.
    pub start: usize,
    pub end: usize,
    /// The token as written.
    pub text: &'a str,
    /// Lowercase, with typographic apostrophes made plain. Borrowed from the
    /// text when that is already so (most words are), owned otherwise.
    pub lower: Cow<'a, str>,
    /// The grammar word lists the lowercase form is in, one bit per list
    /// (see `extract::words::WordSet`), looked up once here; for a token cut
    /// with a lexicon's table ([`split_classified`]), also the lexicon's
    /// first-word bits from [`FIRST_SHIFT`] up and [`LEXICON_CLASSES`].
    pub(crate) classes: u32,
    /// What the rules ask of the text's first character and its bytes
    /// (`CAPITALIZED`, `WORD`, `ASCII`), worked out once when the token is
    /// cut: the rules ask "capitalised?" and "a word?" of a token many
    /// times, and the Unicode tests behind them were two percent of
    /// extraction.
    pub(crate) flags: u8,
}

/// [`Token::classes`]: the lexicon's `FIRST_*` bits (see
/// `Lexicon::first_word`) start at this bit, above the grammar lists'.
pub(crate) const FIRST_SHIFT: u32 = 27;
/// [`Token::classes`]: the token was cut with a lexicon's table, so its
/// first-word bits are there (and are 0 when the word begins nothing).
pub(crate) const LEXICON_CLASSES: u32 = 1 << 31;

/// [`Token::flags`]: the first character is uppercase.
const CAPITALIZED: u8 = 1;
/// [`Token::flags`]: the first character is alphanumeric.
const WORD: u8 = 2;
/// [`Token::flags`]: the text is all ASCII.
const ASCII: u8 = 4;

/// "al-Aiban", "el-Sisi", "ash-Sharaa": an Arabic name behind its
/// lowercase article is a capitalised name all the same.
fn article_name(s: &str) -> bool {
    let b = s.as_bytes();
    let Some(h) = b.iter().take(4).position(|&c| c == b'-') else {
        return false;
    };
    matches!(
        &b[..h],
        b"al" | b"el" | b"ad" | b"ar" | b"as" | b"ash" | b"at" | b"az" | b"an" | b"ath"
    ) && b.get(h + 1).is_some_and(u8::is_ascii_uppercase)
}

/// The [`Token::flags`] of a token's text.
fn flags_of(text: &str, ascii: bool) -> u8 {
    let first = text.chars().next();
    let mut f = if ascii { ASCII } else { 0 };
    if first.is_some_and(char::is_uppercase) || article_name(text) {
        f |= CAPITALIZED;
    }
    if first.is_some_and(char::is_alphanumeric) {
        f |= WORD;
    }
    f
}

impl Token<'_> {
    /// [`Token::lower`] as a plain `&str`.
    #[inline]
    pub fn lower_str(&self) -> &str {
        &self.lower
    }
    /// Starts with an uppercase letter.
    #[inline]
    pub fn is_capitalized(&self) -> bool {
        self.flags & CAPITALIZED != 0
    }
    #[inline]
    pub fn is_word(&self) -> bool {
        self.flags & WORD != 0
    }
    /// The text is all ASCII (so it holds no typographic apostrophe).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.flags & ASCII != 0
    }
    #[inline]
    pub fn is_punct(&self) -> bool {
        !self.is_word()
    }
}

/// A sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence<'a> {
    /// Position in the article, from 0.
    pub index: usize,
    /// Byte range in the article text.
    pub start: usize,
    pub end: usize,
    pub tokens: Vec<Token<'a>>,
    /// The sentence opens a paragraph.
    pub paragraph_start: bool,
}

impl Sentence<'_> {
    pub fn text<'t>(&self, article: &'t str) -> &'t str {
        &article[self.start..self.end]
    }
}

/// Splits an article into sentences of tokens.
///
/// ```
/// let s = dipgraph::text::split("Mr. Xi met U.S. officials. They talked.");
/// assert_eq!(s.len(), 2);
/// assert_eq!(s[0].tokens[0].text, "Mr");
/// assert_eq!(s[1].text("Mr. Xi met U.S. officials. They talked."), "They talked.");
/// ```
pub fn split(text: &str) -> Vec<Sentence<'_>> {
    split_with(text, None, None)
}

/// [`split`] for a text whose ASCII-lowercased copy the caller keeps
/// (`lowered == text.to_ascii_lowercase()`): the lowercase forms of ASCII
/// tokens borrow from the copy instead of each allocating its own. Most
/// capitalised words are ASCII, and one lowering of the whole article is
/// cheaper than a small allocation per word.
pub fn split_lowered<'a>(text: &'a str, lowered: &'a str) -> Vec<Sentence<'a>> {
    debug_assert_eq!(text.len(), lowered.len());
    split_with(text, Some(lowered), None)
}

/// [`split_lowered`] whose tokens also carry what they can begin in a
/// lexicon: `classes` is the lexicon's word table (see
/// `Lexicon::word_classes`), and each token's [`Token::classes`] is its
/// entry with [`LEXICON_CLASSES`] set. One lookup per token then answers
/// for the grammar word lists and the lexicon's first-word bits, which the
/// mention scanner and trigger finder used to look up again, a second and
/// third time for most tokens.
pub(crate) fn split_classified<'a>(
    text: &'a str,
    lowered: &'a str,
    classes: &'a WordTable<u32>,
) -> Vec<Sentence<'a>> {
    debug_assert_eq!(text.len(), lowered.len());
    split_with(text, Some(lowered), Some(classes))
}

fn split_with<'a>(
    text: &'a str,
    lowered: Option<&'a str>,
    classes: Option<&'a WordTable<u32>>,
) -> Vec<Sentence<'a>> {
    // News sentences run to a hundred and more bytes: room for most
    // articles' sentences at once, rather than a few regrowths each.
    let mut sentences = Vec::with_capacity(text.len() / 128 + 1);
    let mut para_offset = 0;
    // One character buffer, one token buffer and one list of sentence
    // ends for all paragraphs, instead of one each: a paragraph's tokens
    // move out into its sentences, and the buffer, still in the cache,
    // takes the next paragraph's.
    let mut chars = Vec::new();
    let mut tokens = Vec::new();
    let mut ends = Vec::new();
    // The paragraphs as `split_inclusive('\n')` gives them, each with its
    // newline, found with `memchr`: the standard library's search for a
    // character was a per-byte loop over the whole text.
    let mut rest = text;
    while !rest.is_empty() {
        let cut = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |p| p + 1);
        let (para, tail) = rest.split_at(cut);
        rest = tail;
        let body = para.trim_end_matches(['\n', '\r']);
        // ASCII lowercasing keeps every byte offset, so the copy's
        // paragraph is at the same place.
        let body_lower = lowered.map(|l| &l[para_offset..para_offset + body.len()]);
        tokenize_with(
            body,
            body_lower,
            para_offset,
            &mut chars,
            classes,
            &mut tokens,
        );
        split_paragraph(text, &mut tokens, &mut ends, &mut sentences);
        para_offset += para.len();
    }
    sentences
}

/// Longest sentence we keep whole. Real sentences are far shorter; text
/// without full stops (a scraped list, a table, a 50 MB line) is cut here,
/// preferably after a comma or semicolon, so that work per sentence stays
/// bounded.
const MAX_SENTENCE_TOKENS: usize = 160;

/// Splits a paragraph's tokens (`tokens`, left empty) into sentences, onto
/// `out`; `ends` is a scratch buffer.
fn split_paragraph<'a>(
    text: &str,
    tokens: &mut Vec<Token<'a>>,
    ends: &mut Vec<usize>,
    out: &mut Vec<Sentence<'a>>,
) {
    // Where each sentence ends, found on the tokens in place; then each
    // sentence's tokens move once into a vector of their exact number.
    // (Pushing them one by one into a vector per sentence cost a growth
    // check per token and an oversized allocation per sentence.)
    let n = tokens.len();
    ends.clear();
    // The first token of the sentence being read.
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let tok = &tokens[i];
        // Only a token whose last byte is that of ".", "!", "?" or "…"
        // can end a sentence: one byte test rules out most tokens before
        // the string comparisons.
        let last = tok.text.as_bytes().last().copied();
        let terminal = matches!(last, Some(b'.' | b'!' | b'?' | 0xA6))
            && (matches!(tok.text, "." | "!" | "?" | "…")
                || (tok.text.ends_with('.')
                    && tok.text.len() > 1
                    && ends_sentence_after_dotted(tok, tokens.get(i + 1))));
        // ("Ch.Aidarbekov": a dot set between an initial and a name with
        // no space on either side ends nothing.)
        let prev_abbrev = tok.text == "."
            && i > start
            && (is_abbreviation(&tokens[i - 1])
                || tokens[i - 1].end == tok.start
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| n.start == tok.end && n.is_capitalized()));
        let soft_break = matches!(tok.text, "," | ";" | ":");
        // The sentence now runs to `i` inclusive.
        i += 1;
        let len = i - start;
        if len >= MAX_SENTENCE_TOKENS && (soft_break || len >= MAX_SENTENCE_TOKENS + 40) {
            ends.push(i);
            start = i;
            continue;
        }
        if terminal && !prev_abbrev && i < n {
            // Closing quotes and brackets stay with the sentence they close.
            // A straight quote after a space opens the next sentence instead
            // ("... trade. "We count on China," he said").
            while let Some(next) = tokens.get(i) {
                let straight = matches!(next.text, "\"" | "'");
                let spaced = tokens[i - 1].end < next.start;
                if straight && spaced {
                    break;
                }
                if matches!(next.text, "\"" | "”" | "’" | "'" | ")" | "]" | "»") {
                    i += 1;
                } else {
                    break;
                }
            }
            let starts_new = tokens.get(i).is_some_and(|t| {
                t.is_capitalized()
                    || t.text.chars().next().is_some_and(|c| c.is_ascii_digit())
                    || matches!(t.text, "\"" | "“" | "‘" | "(" | "'" | "«" | "-" | "—")
            });
            if starts_new {
                ends.push(i);
                start = i;
            }
        }
    }
    if start < n {
        ends.push(n);
    }
    // The sentences are split off the buffer's end, the last first: each
    // moves out in one copy into a vector of its exact length, and the
    // buffer keeps its room for the next paragraph. They are put in
    // reading order and numbered afterwards.
    let base = out.len();
    for k in (0..ends.len()).rev() {
        let from = if k == 0 { 0 } else { ends[k - 1] };
        push_sentence(text, tokens.split_off(from), k == 0, out);
    }
    out[base..].reverse();
    for (k, s) in out[base..].iter_mut().enumerate() {
        s.index = base + k;
    }
}

/// A dotted token such as "U.S." ends a sentence only when what follows
/// looks like a new sentence starting with a function word.
fn ends_sentence_after_dotted(tok: &Token, next: Option<&Token>) -> bool {
    if !tok.text[..tok.text.len() - 1].contains('.') {
        return false;
    }
    next.is_some_and(|n| {
        matches!(
            n.lower_str(),
            "the" | "he" | "she" | "it" | "they" | "we" | "i" | "but" | "in" | "on" | "a" | "this"
        )
    })
}

/// After an abbreviation ([`ABBREVIATIONS`]) or an initial, a full stop
/// does not end a sentence.
fn is_abbreviation(t: &Token) -> bool {
    if ABBREVIATIONS.has(t) {
        return true;
    }
    // A single capital letter: an initial ("George W. Bush").
    let mut chars = t.text.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

fn push_sentence<'a>(
    text: &str,
    tokens: Vec<Token<'a>>,
    paragraph_start: bool,
    out: &mut Vec<Sentence<'a>>,
) {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return;
    };
    let (start, end) = (first.start, last.end);
    debug_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
    out.push(Sentence {
        index: out.len(),
        start,
        end,
        tokens,
        paragraph_start,
    });
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits text into tokens. Words keep inner hyphens, apostrophes and dots
/// ("closed-door", "don't", "U.S."); a possessive "'s" is its own token;
/// numbers keep their separators ("1,000", "3.5").
pub fn tokenize(text: &str, offset: usize) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    tokenize_with(text, None, offset, &mut Vec::new(), None, &mut tokens);
    tokens
}

/// [`tokenize`] into `tokens` (its old contents are dropped), with a
/// caller's buffer for the characters of `text`, so that splitting an
/// article allocates both once rather than per paragraph.
///
/// Most paragraphs are plain ASCII: there every byte is a character and its
/// own offset, so the tokenizer reads the bytes directly instead of a
/// decoded copy. Both views answer the same questions with the same
/// characters, and [`cut`] is one function for both, so the tokens are the
/// same either way.
///
/// `lowered`, if given, is `text.to_ascii_lowercase()` (see
/// [`split_lowered`]).
fn tokenize_with<'a>(
    text: &'a str,
    lowered: Option<&'a str>,
    offset: usize,
    chars: &mut Vec<(usize, char)>,
    classes: Option<&'a WordTable<u32>>,
    tokens: &mut Vec<Token<'a>>,
) {
    tokens.clear();
    let ascii = text.is_ascii();
    let src = Source {
        text,
        lowered,
        offset,
        ascii,
        classes,
    };
    if ascii {
        return cut(&src, &AsciiChars(text.as_bytes()), tokens);
    }
    chars.clear();
    chars.extend(text.char_indices());
    cut(
        &src,
        &DecodedChars {
            chars,
            text_len: text.len(),
        },
        tokens,
    )
}

/// The characters of a text by position, as the tokenizer reads them.
trait CharSeq {
    /// Number of characters.
    fn len(&self) -> usize;
    /// Character `k` (`k < len`).
    fn at(&self, k: usize) -> char;
    /// Character `k`, or `None` past the end.
    #[inline]
    fn get(&self, k: usize) -> Option<char> {
        (k < self.len()).then(|| self.at(k))
    }
    /// Byte offset of character `k`; the text's length for `k >= len`.
    fn byte_at(&self, k: usize) -> usize;
    /// Whether character `k` (`k < len`) is alphanumeric.
    #[inline]
    fn is_alnum(&self, k: usize) -> bool {
        self.at(k).is_alphanumeric()
    }
    /// Whether character `k` (`k < len`) is white space.
    #[inline]
    fn is_space(&self, k: usize) -> bool {
        self.at(k).is_whitespace()
    }
    /// The first `j >= k` whose character is not alphanumeric (`len` if
    /// none is).
    #[inline]
    fn alnum_run_end(&self, k: usize) -> usize {
        let mut j = k;
        while j < self.len() && self.is_alnum(j) {
            j += 1;
        }
        j
    }
}

/// An ASCII text: character `k` is byte `k`.
struct AsciiChars<'a>(&'a [u8]);

/// [`BYTE_CLASS`]: an ASCII letter or digit.
const ALNUM: u8 = 1;
/// [`BYTE_CLASS`]: white space as `char::is_whitespace` has it (not
/// `u8::is_ascii_whitespace`, which leaves out the vertical tab).
const SPACE: u8 = 2;

/// What the tokenizer asks of each byte of an ASCII text, by table: one
/// load instead of the range tests, on nearly every byte.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = ALNUM;
        } else if matches!(c, b'\t'..=b'\r' | b' ') {
            t[b] = SPACE;
        }
        b += 1;
    }
    t
};

impl CharSeq for AsciiChars<'_> {
    #[inline]
    fn len(&self) -> usize {
        self.0.len()
    }
    #[inline]
    fn at(&self, k: usize) -> char {
        char::from(self.0[k])
    }
    #[inline]
    fn byte_at(&self, k: usize) -> usize {
        k.min(self.0.len())
    }
    /// The byte tests that `char::is_alphanumeric` and
    /// `char::is_whitespace` come to for ASCII, without their branches for
    /// the rest of Unicode: words are most of the text, and this test runs
    /// on nearly every byte.
    #[inline]
    fn is_alnum(&self, k: usize) -> bool {
        BYTE_CLASS[usize::from(self.0[k])] == ALNUM
    }
    #[inline]
    fn is_space(&self, k: usize) -> bool {
        BYTE_CLASS[usize::from(self.0[k])] == SPACE
    }
    /// A scan of the byte slice, with no bounds check per byte: the
    /// letters of words are most of the text.
    #[inline]
    fn alnum_run_end(&self, k: usize) -> usize {
        let rest = &self.0[k..];
        k + rest
            .iter()
            .position(|&b| BYTE_CLASS[usize::from(b)] != ALNUM)
            .unwrap_or(rest.len())
    }
}

/// Any text, decoded once into (byte offset, character) pairs.
struct DecodedChars<'c> {
    chars: &'c [(usize, char)],
    text_len: usize,
}

impl CharSeq for DecodedChars<'_> {
    #[inline]
    fn len(&self) -> usize {
        self.chars.len()
    }
    #[inline]
    fn at(&self, k: usize) -> char {
        self.chars[k].1
    }
    #[inline]
    fn byte_at(&self, k: usize) -> usize {
        if k < self.chars.len() {
            self.chars[k].0
        } else {
            self.text_len
        }
    }
}

/// The text being cut into tokens.
struct Source<'a> {
    text: &'a str,
    /// `text.to_ascii_lowercase()`, when the caller keeps one.
    lowered: Option<&'a str>,
    /// Where `text` starts in the article.
    offset: usize,
    /// `text` is all ASCII, and so is every token of it.
    ascii: bool,
    /// A lexicon's word table (see [`split_classified`]), or `None` for the
    /// grammar lists alone.
    classes: Option<&'a WordTable<u32>>,
}

/// The tokenizer proper, over either view of the text, onto `tokens`.
fn cut<'a, C: CharSeq>(src: &Source<'a>, chars: &C, tokens: &mut Vec<Token<'a>>) {
    let text = src.text;
    tokens.reserve(text.len() / 5);
    let n = chars.len();
    let mut i = 0;
    while i < n {
        if chars.is_space(i) {
            i += 1;
            continue;
        }
        let (b, c) = (chars.byte_at(i), chars.at(i));
        if chars.is_alnum(i) {
            let mut j = i + 1;
            while j < n {
                // The run of letters and digits first, in a loop of its own.
                j = chars.alnum_run_end(j);
                if j >= n {
                    break;
                }
                let cj = chars.at(j);
                let next_alnum = j + 1 < n && chars.is_alnum(j + 1);
                if is_apostrophe(cj) && next_alnum {
                    // Possessive 's: split it off.
                    let after = chars.get(j + 2);
                    if matches!(chars.at(j + 1), 's' | 'S')
                        && after.is_none_or(|a| !a.is_alphanumeric())
                    {
                        break;
                    }
                    j += 1;
                    continue;
                }
                if (cj == '-' || cj == '‑') && next_alnum {
                    // "then-President Giammattei": the office held then is
                    // a title of its own; "then-" stays a word apart.
                    if chars.at(j + 1).is_uppercase()
                        && j == i + 4
                        && text[chars.byte_at(i)..chars.byte_at(j)].eq_ignore_ascii_case("then")
                    {
                        j += 1;
                        break;
                    }
                    j += 1;
                    continue;
                }
                if (cj == '.' || cj == ',') && next_alnum {
                    let prev = chars.at(j - 1);
                    let nxt = chars.at(j + 1);
                    // An initial set against a surname, as translated
                    // statements write them ("A.Kamilov"): two words.
                    let initial_name = cj == '.'
                        && nxt.is_uppercase()
                        && chars.get(j + 2).is_some_and(|c| c.is_lowercase());
                    // 3.5, 1,000 and U.S. (a single letter between dots).
                    if (prev.is_ascii_digit() && nxt.is_ascii_digit())
                        || (cj == '.' && !initial_name && is_single_letter_run(chars, i, j))
                    {
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            // A dotted acronym keeps its final dot: "U.S.".
            if j < n
                && chars.at(j) == '.'
                && is_single_letter_run(chars, i, j)
                && text[chars.byte_at(i)..chars.byte_at(j)].contains('.')
            {
                j += 1;
            }
            push(tokens, src, b, chars.byte_at(j));
            i = j;
            continue;
        }
        if is_apostrophe(c)
            && i + 1 < n
            && matches!(chars.at(i + 1), 's' | 'S')
            && chars.get(i + 2).is_none_or(|x| !x.is_alphanumeric())
            && i > 0
            && chars.at(i - 1).is_alphanumeric()
        {
            push(tokens, src, b, chars.byte_at(i + 2));
            i += 2;
            continue;
        }
        // "..." as one token.
        if c == '.' && i + 2 < n && chars.at(i + 1) == '.' && chars.at(i + 2) == '.' {
            push(tokens, src, b, chars.byte_at(i + 3));
            i += 3;
            continue;
        }
        push(tokens, src, b, chars.byte_at(i + 1));
        i += 1;
    }
}

/// The word from `i` to `j` is a run of single letters separated by dots
/// ("U.S", "U.N").
fn is_single_letter_run<C: CharSeq>(chars: &C, i: usize, j: usize) -> bool {
    let mut k = i;
    while k < j {
        if !chars.at(k).is_alphabetic() {
            return false;
        }
        if k + 1 < j && chars.at(k + 1) != '.' {
            return false;
        }
        k += 2;
    }
    true
}

/// [`Token::lower`] of a token with a character outside ASCII: lowercase,
/// with typographic apostrophes made plain.
///
/// Most such tokens are a typographic mark of their own (quotation marks,
/// dashes) or the possessive "’s", which came to two allocations each, the
/// lowercase copy and the apostrophe pass. The marks have no case and are
/// borrowed; the possessive's plain spelling is a constant.
fn lower_other(s: &str) -> Cow<'_, str> {
    match s {
        "“" | "”" | "‘" | "«" | "»" | "—" | "–" | "…" | "€" | "£" => {
            Cow::Borrowed(s)
        }
        "’s" | "’S" => Cow::Borrowed("'s"),
        "’" => Cow::Borrowed("'"),
        _ => Cow::Owned(s.to_lowercase().replace('’', "'")),
    }
}

fn push<'a>(tokens: &mut Vec<Token<'a>>, src: &Source<'a>, start: usize, end: usize) {
    let s = &src.text[start..end];
    let classes = |lower: &str| match src.classes {
        Some(table) => table.get(lower) | LEXICON_CLASSES,
        None => crate::extract::words::classes_of(lower),
    };
    let (lower, flags) = if src.ascii {
        // Most paragraphs are ASCII, and so every token of them: the first
        // byte answers the flags' questions (for an ASCII character,
        // `char::is_uppercase` and `char::is_alphanumeric` are the ASCII
        // tests), and the lowercase form is the lowered copy's slice, or
        // the text itself when it has no capital.
        let lower = match src.lowered {
            Some(l) => Cow::Borrowed(&l[start..end]),
            None if !s.bytes().any(|b| b.is_ascii_uppercase()) => Cow::Borrowed(s),
            None => Cow::Owned(s.to_ascii_lowercase()),
        };
        let first = s.as_bytes().first().copied().unwrap_or(0);
        let mut flags = ASCII;
        if first.is_ascii_uppercase() || (first == b'a' || first == b'e') && article_name(s) {
            flags |= CAPITALIZED;
        }
        if first.is_ascii_alphanumeric() {
            flags |= WORD;
        }
        (lower, flags)
    } else {
        // In a paragraph with other characters, most tokens are still
        // plain ASCII: lowercase them without the Unicode tables and the
        // apostrophe pass, and without a copy when they are lowercase
        // already or the caller keeps a lowered text.
        let ascii = s.is_ascii();
        let lower = if ascii {
            if !s.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Borrowed(s)
            } else if let Some(l) = src.lowered {
                Cow::Borrowed(&l[start..end])
            } else {
                Cow::Owned(s.to_ascii_lowercase())
            }
        } else {
            lower_other(s)
        };
        (lower, flags_of(s, ascii))
    };
    let mut classes = classes(&lower);
    // "Theresa May announced": inside a sentence, a capitalised "May" is a
    // name (or the month), never the modal.
    if s == "May"
        && tokens
            .last()
            .is_some_and(|p| !matches!(p.text, "." | "!" | "?" | "\"" | "“" | "'" | "‘" | ":"))
    {
        classes &= !crate::extract::words::MODALS.mask();
    }
    tokens.push(Token {
        start: src.offset + start,
        end: src.offset + end,
        text: s,
        classes,
        lower,
        flags,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s, 0)
            .into_iter()
            .map(|t| t.text.to_string())
            .collect()
    }

    #[test]
    fn lower_other_is_the_lowercase_with_plain_apostrophes() {
        for w in [
            "’s",
            "’S",
            "’",
            "“",
            "—",
            "Kyiv’s",
            "ÉLYSÉE",
            "é",
            "ΟΔΟΣ",
            "ǅ",
            "İstanbul",
            "Zürich",
            "l’Élysée",
            "«",
        ] {
            let want = w.to_lowercase().replace('’', "'");
            assert_eq!(lower_other(w), want, "{w}");
        }
        assert!(matches!(lower_other("“"), Cow::Borrowed(_)));
        assert!(matches!(lower_other("’s"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_capitalised_may_inside_a_sentence_is_no_modal() {
        let modal = |s: &str, i: usize| crate::extract::words::MODALS.has(&tokenize(s, 0)[i]);
        assert!(!modal("Theresa May said", 1));
        assert!(modal("May I ask", 0));
        assert!(modal("Russia may act", 1));
    }

    #[test]
    fn initials_set_against_a_name_are_words_of_their_own() {
        assert_eq!(words("A.Kamilov met"), ["A", ".", "Kamilov", "met"]);
        assert_eq!(words("Sh.M.Qureshi"), ["Sh", ".", "M", ".", "Qureshi"]);
        // "then-" before an office is a word apart.
        assert_eq!(
            words("then-President Giammattei"),
            ["then-", "President", "Giammattei"]
        );
        assert_eq!(words("then-ally"), ["then-ally"]);
        // An acronym stays whole.
        assert_eq!(words("U.S. aid"), ["U.S.", "aid"]);
        // And the dot between them ends no sentence.
        let text = "Kamilov met his counterpart Ch.Aidarbekov in Bishkek. They talked.";
        let s = split(text);
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].text(text), "They talked.");
    }

    #[test]
    fn tokens_keep_inner_marks_and_split_possessives() {
        assert_eq!(
            words("Russia’s closed-door talks, U.S. aid of 1,000.5 don't"),
            [
                "Russia",
                "’s",
                "closed-door",
                "talks",
                ",",
                "U.S.",
                "aid",
                "of",
                "1,000.5",
                "don't"
            ]
        );
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "Mr Xi said “peace”.";
        for t in tokenize(text, 0) {
            assert_eq!(&text[t.start..t.end], t.text);
        }
    }

    #[test]
    fn sentences_survive_titles_initials_and_quotes() {
        let text =
            "Mr. Xi met George W. Bush. “We agree.” Then U.S. officials left.\nNew para here";
        let s = split(text);
        let got: Vec<&str> = s.iter().map(|s| s.text(text)).collect();
        assert_eq!(
            got,
            [
                "Mr. Xi met George W. Bush.",
                "“We agree.”",
                "Then U.S. officials left.",
                "New para here"
            ]
        );
        assert!(s[3].paragraph_start && !s[1].paragraph_start);
    }

    #[test]
    fn ascii_and_decoded_views_and_a_lowered_copy_cut_alike() {
        for text in [
            "Mr. Xi met U.S. officials. They talked.\nNew PARA, 1,000.5 don't",
            "Russia’s closed-door talks in Zürich... “We AGREE.” Then 日本 と 中国",
            "Putin's U.N. envoy said: 'No' -- then left",
        ] {
            let lowered = text.to_ascii_lowercase();
            let a = split(text);
            let b = split_lowered(text, &lowered);
            assert_eq!(a, b, "{text}");
            // Each paragraph alone, through the decoded view (a non-ASCII
            // character appended forces it) agrees with the ASCII view.
            for para in text.lines().filter(|p| p.is_ascii()) {
                let with = format!("{para} é");
                let ascii = tokenize(para, 0);
                let decoded = tokenize(&with, 0);
                assert_eq!(ascii[..], decoded[..ascii.len()], "{para}");
            }
        }
    }

    #[test]
    fn lowercase_is_plain() {
        let t = tokenize("Xi’s", 0);
        assert_eq!(t[1].lower, "'s");
    }

    #[test]
    fn straight_quotes_open_the_next_sentence() {
        let text = "They talked about trade. \"We count on China,\" Mr Modi said. \"Yes.\" Then.";
        let got: Vec<&str> = split(text).iter().map(|s| s.text(text)).collect();
        assert_eq!(
            got,
            [
                "They talked about trade.",
                "\"We count on China,\" Mr Modi said.",
                "\"Yes.\"",
                "Then."
            ]
        );
    }

    #[test]
    fn runaway_sentences_are_cut() {
        let text = "word ".repeat(1000);
        let s = split(&text);
        assert!(s.len() >= 5);
        assert!(s.iter().all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS + 40));
    }

    #[test]
    fn empty_and_odd_text_do_not_panic() {
        assert!(split("").is_empty());
        assert!(split("\n\n  \n").is_empty());
        let _ = split("’s ' ... … \u{0} 日本 と 中国");
    }
}
