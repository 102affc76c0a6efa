//! The words the speaker search reads by: pronouns, determiners, what may stand between a
//! subject and its verb, what opens a sentence before its subject. Kept apart from the search so
//! that a list can be read and extended in one place; matched ignoring ASCII case. The
//! attribution verbs themselves are data, in `../data/cues.txt`.

pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "his", "her", "their", "its", "our", "my", "one", "two", "three",
    "some", "several", "many", "other", "this", "that", "these", "those", "both", "most", "few",
];
/// Words that may sit between a subject and its verb: `he also said`, `she has told`, `Trump
/// on Monday tweeted`.
pub(super) const BETWEEN: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "was",
    "were",
    "is",
    "are",
    "would",
    "will",
    "could",
    "might",
    "may",
    "can",
    "should",
    "previously",
    "recently",
    "once",
    "again",
    "further",
    "just",
    "simply",
    "even",
    "not",
    "n't",
    "never",
    "often",
    "repeatedly",
    "already",
    "still",
    "first",
    "initially",
    "originally",
    "famously",
    "reportedly",
    "publicly",
    "privately",
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "early",
    "late",
    "last",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "this",
    "been",
    "did",
    "does",
    "do",
    "quickly",
    "flatly",
    "himself",
    "herself",
    "themselves",
    "itself",
];
/// Words after a speaker-first verb that still let the speaker come after: `said Tuesday Smith`
/// is rare, but `said on Twitter` means the speaker came before.
pub(super) const STOP_AFTER_VERB: &[&str] = &[
    "that", "to", "in", "on", "at", "of", "for", "with", "about", "by", "from", "during", "after",
    "before", "it", "this", "so", "yes", "no", "of",
];
/// Words opening a sentence with a phrase before its subject.
pub(super) const INTRODUCTIONS: &[&str] = &[
    "during",
    "in",
    "at",
    "after",
    "on",
    "when",
    "while",
    "as",
    "amid",
    "facing",
    "despite",
    "since",
    "before",
    "following",
    "speaking",
    "asked",
    "like",
    "for",
    "with",
    "without",
    "under",
    "over",
    "later",
    "earlier",
    "meanwhile",
    "instead",
    "still",
    "yet",
    "but",
    "and",
    "so",
    "now",
    "then",
    "however",
    "also",
    "today",
    "yesterday",
    "last",
    "this",
    "writing",
    "once",
];
pub(super) const CONJUNCTIONS: &[&str] = &[
    "and", "but", "or", "nor", "yet", "so", "because", "while", "as", "if", "when", "although",
    "though", "since", "that", "which", "who", "whom", "whose", "where", "whilst", "whereas",
    "unless", "until",
];

/// Prepositions whose object is not the subject of the verb after it (`Protesters marching
/// through the streets chanted`).
pub(super) const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "through", "to", "for", "from", "with", "by", "of", "about", "into",
    "across", "near", "outside", "inside", "around",
];
/// Lower-case words inside a name (`Bank of America`, `Ursula von der Leyen`).
pub(super) const NAME_PARTICLES: &[&str] =
    &["of", "de", "van", "von", "der", "al", "bin", "la", "du"];
/// Words after which a cue word is a noun (`a call for`, `his warning`).
pub(super) const NOUN_MARKERS: &[&str] = &[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "this", "these", "those", "your",
];
/// Objects, never speakers (`comparing him favorably`).
pub(super) const OBJECT_PRONOUNS: &[&str] = &["him", "them", "us", "me"];
/// Words in `-ed` that describe rather than end a description (`a retired general`).
pub(super) const ADJECTIVES_IN_ED: &[&str] =
    &["retired", "red", "united", "elected", "unnamed", "talented"];
/// Words that end a speaker's noun phrase: a clause or a prepositional phrase begins.
pub(super) const PHRASE_ENDS: &[&str] = &[
    "who", "which", "in", "on", "at", "to", "during", "after", "when",
];
