//! Word lists that both the rules and coreference read.

/// Top-level and second-level domains that close a web address written as a name.
pub const WEB_DOMAINS: &[&str] = &[
    "com", "org", "net", "info", "news", "tv", "io", "gov", "edu", "co", "uk", "ca", "au", "de",
    "fr", "in", "ie", "nz", "us",
];

/// Words that close a company's full name and that the article drops when it names the company
/// again: `Magna International Inc` is then `Magna`, `Pirelli SpA` is `Pirelli`.
pub const CORPORATE_ENDINGS: &[&str] = &[
    "ab",
    "ag",
    "asa",
    "bhd",
    "bv",
    "co",
    "company",
    "corp",
    "corporation",
    "gmbh",
    "group",
    "holding",
    "holdings",
    "inc",
    "incorporated",
    "international",
    "limited",
    "llc",
    "ltd",
    "nv",
    "oyj",
    "plc",
    "sa",
    "spa",
    "srl",
];
