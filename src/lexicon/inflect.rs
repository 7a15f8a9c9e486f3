//! English inflection for trigger heads, so that lexicons list lemmas only.

use super::HeadForm;

/// Irregular verbs: (lemma, past, past participle).
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("arise", "arose", "arisen"),
    ("be", "was", "been"),
    ("bear", "bore", "borne"),
    ("beat", "beat", "beaten"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("bid", "bid", "bid"),
    ("bind", "bound", "bound"),
    ("break", "broke", "broken"),
    ("bring", "brought", "brought"),
    ("build", "built", "built"),
    ("buy", "bought", "bought"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drive", "drove", "driven"),
    ("eat", "ate", "eaten"),
    ("fall", "fell", "fallen"),
    ("feel", "felt", "felt"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("fly", "flew", "flown"),
    ("forbid", "forbade", "forbidden"),
    ("forgive", "forgave", "forgiven"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "gotten"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("grow", "grew", "grown"),
    ("hang", "hung", "hung"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("keep", "kept", "kept"),
    ("know", "knew", "known"),
    ("lay", "laid", "laid"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("mean", "meant", "meant"),
    ("meet", "met", "met"),
    ("mislead", "misled", "misled"),
    ("overcome", "overcame", "overcome"),
    ("overrun", "overran", "overrun"),
    ("oversee", "oversaw", "overseen"),
    ("overtake", "overtook", "overtaken"),
    ("overthrow", "overthrew", "overthrown"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("rebuild", "rebuilt", "rebuilt"),
    ("ride", "rode", "ridden"),
    ("ring", "rang", "rung"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("shed", "shed", "shed"),
    ("shoot", "shot", "shot"),
    ("shut", "shut", "shut"),
    ("sit", "sat", "sat"),
    ("slay", "slew", "slain"),
    ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"),
    ("split", "split", "split"),
    ("spread", "spread", "spread"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("stick", "stuck", "stuck"),
    ("strike", "struck", "struck"),
    ("swear", "swore", "sworn"),
    ("sweep", "swept", "swept"),
    ("take", "took", "taken"),
    ("retake", "retook", "retaken"),
    ("teach", "taught", "taught"),
    ("tear", "tore", "torn"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("undergo", "underwent", "undergone"),
    ("understand", "understood", "understood"),
    ("undertake", "undertook", "undertaken"),
    ("uphold", "upheld", "upheld"),
    ("wage", "waged", "waged"),
    ("wake", "woke", "woken"),
    ("wear", "wore", "worn"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("withhold", "withheld", "withheld"),
    ("withstand", "withstood", "withstood"),
    ("write", "wrote", "written"),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Verbs whose final consonant doubles before -ed/-ing (stressed last
/// syllable). Monosyllables are detected; these are the longer ones.
const DOUBLING: &[&str] = &[
    "admit", "commit", "compel", "control", "equip", "expel", "occur", "omit", "patrol", "permit",
    "propel", "rebut", "refer", "regret", "repel", "submit", "transfer", "upset", "acquit", "abet",
    "confer", "deter", "embed", "incur", "outstrip", "prefer", "recommit", "remit", "annul",
    "readmit", "re-admit", "resubmit", "reequip", "re-equip", "unpeg", "outgun",
];

fn doubles(lemma: &str) -> bool {
    if DOUBLING.contains(&lemma) {
        return true;
    }
    // "air-drop" doubles as "drop" does: a compound by its last part.
    let lemma = lemma.rsplit('-').next().unwrap_or(lemma);
    let cs: Vec<char> = lemma.chars().collect();
    let n = cs.len();
    if n < 3 {
        return false;
    }
    let vowels = cs.iter().filter(|c| is_vowel(**c)).count();
    // consonant-vowel-consonant ending in a one-vowel word: stop -> stopped.
    vowels == 1
        && !is_vowel(cs[n - 1])
        && !matches!(cs[n - 1], 'w' | 'x' | 'y')
        && is_vowel(cs[n - 2])
        && !is_vowel(cs[n - 3])
}

/// The irregular past and participle of `lemma`, with the prefix they
/// keep: "unfreeze" is "unfroze" as "freeze" is "froze", "withhold"
/// "withheld", "retake" "retook".
fn irregular(lemma: &str) -> Option<(&str, &'static str, &'static str)> {
    if let Some(&(_, past, pp)) = IRREGULAR.iter().find(|(l, _, _)| *l == lemma) {
        return Some(("", past, pp));
    }
    const PREFIXES: &[&str] = &["un", "re", "with", "over", "under", "up", "out", "mis"];
    // ("relay" is no "lay" again: "relayed".)
    if lemma == "relay" {
        return None;
    }
    PREFIXES.iter().find_map(|p| {
        let rest = lemma.strip_prefix(p)?;
        IRREGULAR
            .iter()
            .find(|(l, _, _)| *l == rest)
            .map(|&(_, past, pp)| (&lemma[..p.len()], past, pp))
    })
}

/// All forms of a verb lemma with their grammatical form.
///
/// ```
/// use dipgraph::lexicon::inflect::verb_forms;
/// let f: Vec<String> = verb_forms("meet").into_iter().map(|(w, _)| w).collect();
/// assert!(f.contains(&"met".to_string()) && f.contains(&"meeting".to_string()));
/// ```
pub fn verb_forms(lemma: &str) -> Vec<(String, HeadForm)> {
    let mut out = vec![
        (lemma.to_string(), HeadForm::Base),
        (third(lemma), HeadForm::Third),
    ];
    if let Some((prefix, past, pp)) = irregular(lemma) {
        if past == pp {
            out.push((format!("{prefix}{past}"), HeadForm::PastOrParticiple));
        } else {
            out.push((format!("{prefix}{past}"), HeadForm::Past));
            out.push((format!("{prefix}{pp}"), HeadForm::Participle));
        }
    } else {
        out.push((regular_past(lemma), HeadForm::PastOrParticiple));
    }
    out.push((ing(lemma), HeadForm::Ing));
    // "be" alone has a plural and a first person of its own: "the French
    // are disappointed by", "we are grateful to", "they were in Kyiv".
    if lemma == "be" {
        out.push(("are".to_string(), HeadForm::Base));
        out.push(("am".to_string(), HeadForm::Base));
        out.push(("were".to_string(), HeadForm::Past));
    }
    // British and American doubling both occur ("travelled", "traveled").
    if lemma.ends_with('l') && !lemma.ends_with("ll") && !doubles(lemma) {
        let stem = format!("{lemma}l");
        out.push((format!("{stem}ed"), HeadForm::PastOrParticiple));
        out.push((format!("{stem}ing"), HeadForm::Ing));
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|(w, _)| seen.insert(w.clone()));
    out
}

fn third(l: &str) -> String {
    if l == "be" {
        return "is".into();
    }
    if l == "have" {
        return "has".into();
    }
    if l.ends_with('y') && l.len() > 1 && !is_vowel(l.chars().rev().nth(1).unwrap_or('a')) {
        return format!("{}ies", &l[..l.len() - 1]);
    }
    if l.ends_with('s')
        || l.ends_with('x')
        || l.ends_with('z')
        || l.ends_with("ch")
        || l.ends_with("sh")
        || l.ends_with('o')
    {
        return format!("{l}es");
    }
    format!("{l}s")
}

fn regular_past(l: &str) -> String {
    if l.ends_with('e') {
        return format!("{l}d");
    }
    if l.ends_with('y') && l.len() > 1 && !is_vowel(l.chars().rev().nth(1).unwrap_or('a')) {
        return format!("{}ied", &l[..l.len() - 1]);
    }
    if doubles(l) {
        let last = l.chars().last().unwrap_or('x');
        return format!("{l}{last}ed");
    }
    format!("{l}ed")
}

fn ing(l: &str) -> String {
    if l == "be" {
        return "being".into();
    }
    if let Some(stem) = l.strip_suffix("ie") {
        return format!("{stem}ying");
    }
    if l.ends_with('e')
        && !l.ends_with("ee")
        && !l.ends_with("ye")
        && !l.ends_with("oe")
        && l.len() > 2
    {
        return format!("{}ing", &l[..l.len() - 1]);
    }
    if doubles(l) {
        let last = l.chars().last().unwrap_or('x');
        return format!("{l}{last}ing");
    }
    format!("{l}ing")
}

/// Singular and plural of a noun head.
pub fn noun_forms(noun: &str) -> Vec<String> {
    let mut out = vec![noun.to_string()];
    let plural = if noun.ends_with('s') && !noun.ends_with("ss") {
        // Already plural ("talks", "sanctions"): add the singular.
        out.push(noun[..noun.len() - 1].to_string());
        return out;
    } else if noun.ends_with('y')
        && noun.len() > 1
        && !is_vowel(noun.chars().rev().nth(1).unwrap_or('a'))
    {
        format!("{}ies", &noun[..noun.len() - 1])
    } else if noun.ends_with("ss")
        || noun.ends_with('x')
        || noun.ends_with("ch")
        || noun.ends_with("sh")
    {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    };
    out.push(plural);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(l: &str) -> Vec<String> {
        verb_forms(l).into_iter().map(|(w, _)| w).collect()
    }

    #[test]
    fn a_prefixed_irregular_verb_keeps_its_prefix() {
        assert_eq!(
            forms("unfreeze"),
            ["unfreeze", "unfreezes", "unfroze", "unfrozen", "unfreezing"]
        );
        assert_eq!(
            forms("retake"),
            ["retake", "retakes", "retook", "retaken", "retaking"]
        );
        // A word that merely ends like one is regular.
        assert_eq!(forms("relay"), ["relay", "relays", "relayed", "relaying"]);
    }

    #[test]
    fn regular_and_irregular_verbs() {
        assert_eq!(forms("urge"), ["urge", "urges", "urged", "urging"]);
        assert_eq!(forms("visit"), ["visit", "visits", "visited", "visiting"]);
        assert_eq!(forms("stop"), ["stop", "stops", "stopped", "stopping"]);
        assert_eq!(
            forms("criticize"),
            ["criticize", "criticizes", "criticized", "criticizing"]
        );
        assert_eq!(forms("hold"), ["hold", "holds", "held", "holding"]);
        assert!(forms("travel").contains(&"travelled".to_string()));
        assert!(forms("travel").contains(&"traveled".to_string()));
        assert_eq!(forms("ally"), ["ally", "allies", "allied", "allying"]);
        assert!(forms("expel").contains(&"expelled".to_string()));
        assert!(forms("take").contains(&"taken".to_string()));
        // A hyphenated compound inflects by its last part.
        assert!(forms("air-drop").contains(&"air-dropped".to_string()));
    }

    #[test]
    fn nouns() {
        assert_eq!(noun_forms("visit"), ["visit", "visits"]);
        assert_eq!(noun_forms("talks"), ["talks", "talk"]);
        assert_eq!(noun_forms("treaty"), ["treaty", "treaties"]);
    }
}
