//! Value templates compiled once into typed parts: `{md:month:day}T{hm:clock:ampm}` becomes a
//! call of the `md` resolver on captures 1 and 2, the literal `T`, and a call of `hm`.
//!
//! Why compile them: the recognizer used to read meaning from the template text at run time
//! (`contains("ago")`, `starts_with("{today}T")`) and to parse every template again at every
//! match. A template is now compiled with its rule, per expanded sequence, so that a capture is
//! an index into the match's captures, a function is a row of [`RESOLVERS`](super::resolve),
//! an unknown function or a capture the pattern lacks is an error of the grammar, and what the
//! discourse steps need to know (does the value name a day? is it derived from the quarter in
//! discourse?) is worked out once from the parts.

use super::classes::Builtin;
use super::resolve::{self, Arg, Args, Context, Kind, Resolver};

#[derive(Debug)]
pub enum Part {
    Literal(String),
    /// The value of the match's capture at this index.
    Capture(usize),
    Call {
        resolver: &'static Resolver,
        args: Vec<Arg>,
    },
}

/// A compiled value template with what its parts say about the value.
#[derive(Debug)]
pub struct Template {
    parts: Vec<Part>,
    /// It resolves a weekday or a month and day the text names (`Friday`, `June 5`): a clock
    /// time just before it takes its day.
    pub names_a_day: bool,
    /// Its quarter is counted from the quarter in discourse (`a year earlier`), not named.
    pub derived: bool,
    /// No resolver with arguments and no clock time (no `:` in its text, as this was first
    /// written): the value is written out in the text and may anchor `that year` and, when it
    /// is a full date, the narrative. Argument-less `{weekend}` and `{yearend}` count as written
    /// out too.
    pub written_out: bool,
    /// A clock time on the day in discourse (`{today}T…`): a day named just after it in its
    /// sentence replaces that day (`at 11:50 a.m. Thursday`).
    pub clock_on_day_in_discourse: bool,
    /// It ends with a day of the month taken from the text, or is a month and day (`April 24`):
    /// `and 25` after it may be a second day of that month.
    pub ends_with_day_of_month: bool,
}

/// A template's text read once: a rule line expands into a dozen sequences whose captures
/// differ, and each binds the same parts to its own captures ([`Written::bind`]).
pub struct Written<'a> {
    parts: Vec<WrittenPart<'a>>,
}

enum WrittenPart<'a> {
    Literal(&'a str),
    /// `{name}`: a capture's value.
    Capture(&'a str),
    /// `{name:arg:…}` (or `{name}` with no arguments): a resolver and its written arguments.
    Call(&'static Resolver, Vec<&'a str>),
}

impl<'a> Written<'a> {
    pub fn parse(src: &'a str) -> Result<Written<'a>, String> {
        let mut parts = Vec::new();
        let mut rest = src;
        while let Some(open) = rest.find('{') {
            if open > 0 {
                parts.push(WrittenPart::Literal(&rest[..open]));
            }
            let close = rest[open..]
                .find('}')
                .ok_or_else(|| format!("unclosed {{ in `{src}`"))?
                + open;
            let mut words = rest[open + 1..close].split(':');
            let name = words.next().unwrap_or("");
            let written: Vec<&str> = words.collect();
            parts.push(match resolve::find(name, written.len()) {
                Some(resolver) => WrittenPart::Call(resolver, written),
                None if written.is_empty() => WrittenPart::Capture(name),
                None => {
                    return Err(format!(
                        "`{{{name}:…}}`: no resolver {name} with {} arguments",
                        written.len()
                    ))
                }
            });
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            parts.push(WrittenPart::Literal(rest));
        }
        Ok(Written { parts })
    }

    /// The template for a sequence whose captures are `captures`, in match order.
    pub fn bind(&self, captures: &[CaptureName]) -> Result<Template, String> {
        let capture = |name: &str| captures.iter().position(|(n, _)| *n == name);
        let mut parts = Vec::with_capacity(self.parts.len());
        for part in &self.parts {
            parts.push(match part {
                WrittenPart::Literal(s) => Part::Literal(s.to_string()),
                WrittenPart::Capture(name) => Part::Capture(
                    capture(name)
                        .ok_or_else(|| format!("`{{{name}}}`: the pattern captures no {name}"))?,
                ),
                WrittenPart::Call(resolver, written) => Part::Call {
                    resolver,
                    args: written
                        .iter()
                        .map(|&w| Arg {
                            written: w.to_string(),
                            capture: capture(w),
                        })
                        .collect(),
                },
            });
        }
        Ok(Template::with_properties(parts, captures))
    }
}

/// One capture of a pattern sequence: its name and, for a builtin class, which.
pub type CaptureName<'a> = (&'a str, Option<Builtin>);

impl Template {
    /// Compiles `src` for a sequence whose captures are `captures`, in match order (the
    /// grammar parses a line's template once and binds it per sequence).
    #[cfg(test)]
    pub fn compile(src: &str, captures: &[CaptureName]) -> Result<Template, String> {
        Written::parse(src)?.bind(captures)
    }

    fn with_properties(parts: Vec<Part>, captures: &[CaptureName]) -> Template {
        let kind = |p: &Part| match p {
            Part::Call { resolver, .. } => Some(resolver.kind),
            _ => None,
        };
        let kinds = || parts.iter().filter_map(kind);
        let names_a_day = kinds().any(|k| matches!(k, Kind::Weekday | Kind::MonthDay));
        let derived = kinds().any(|k| k == Kind::Derived);
        let written_out = parts.iter().all(|p| match p {
            Part::Literal(s) => !s.contains(':'),
            Part::Capture(_) => true,
            Part::Call { args, .. } => args.is_empty(),
        });
        let clock_on_day_in_discourse = parts.first().and_then(kind) == Some(Kind::Today)
            && matches!(parts.get(1), Some(Part::Literal(s)) if s.starts_with('T'));
        let day_last = matches!(parts.last(), Some(Part::Capture(i))
            if captures[*i].1 == Some(Builtin::Day));
        let ends_with_day_of_month =
            day_last || parts.first().and_then(kind) == Some(Kind::MonthDay);
        Template {
            parts,
            names_a_day,
            derived,
            written_out,
            clock_on_day_in_discourse,
            ends_with_day_of_month,
        }
    }

    /// The template calls no resolver: its value is its captures and literals.
    pub fn is_plain(&self) -> bool {
        !self.parts.iter().any(|p| matches!(p, Part::Call { .. }))
    }

    /// The value. None when a resolver finds a bad argument.
    pub fn evaluate(&self, cx: &Context) -> Option<String> {
        let mut out = String::with_capacity(16);
        for part in &self.parts {
            match part {
                Part::Literal(s) => out.push_str(s),
                Part::Capture(i) => out.push_str(cx.caps.get(*i)?),
                Part::Call { resolver, args } => {
                    out.push_str(&(resolver.run)(&Args::new(args, cx.caps), cx)?)
                }
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::calendar::Date;
    use crate::dates::tense::Tense;

    fn ev(t: &str, caps: &[(&str, &str)], tense: Tense, anchor: Option<&str>) -> Option<String> {
        let names: Vec<CaptureName> = caps.iter().map(|(n, _)| (*n, None)).collect();
        let values: Vec<String> = caps.iter().map(|(_, v)| v.to_string()).collect();
        Template::compile(t, &names).unwrap().evaluate(&Context {
            anchor: anchor.and_then(Date::parse_iso),
            time: None,
            tense,
            ahead: false,
            caps: &values,
            quarter: None,
            day: None,
            last: None,
            story: None,
            dial: Default::default(),
        })
    }

    #[test]
    fn relative_units_and_unknowns() {
        let r = Some("2023-06-14");
        assert_eq!(
            ev("{ref:W:-1}", &[], Tense::Unknown, r).unwrap(),
            "2023-W23"
        );
        assert_eq!(
            ev("{ref:M:dir}", &[("dir", "-1")], Tense::Unknown, r).unwrap(),
            "2023-05"
        );
        assert_eq!(ev("{ref:Q:-1}", &[], Tense::Unknown, r).unwrap(), "2023-Q1");
        assert_eq!(
            ev("{ref:D:-1}", &[], Tense::Unknown, None).unwrap(),
            "XXXX-XX-XX"
        );
        assert_eq!(
            ev(
                "{md:month:day}",
                &[("month", "06"), ("day", "18")],
                Tense::Unknown,
                None
            )
            .unwrap(),
            "XXXX-06-18"
        );
        assert_eq!(
            ev("{wd:weekday}", &[("weekday", "7")], Tense::Future, r).unwrap(),
            "2023-06-18"
        );
        assert_eq!(
            ev("{wd:weekday}", &[("weekday", "1")], Tense::Past, r).unwrap(),
            "2023-06-12"
        );
        assert_eq!(
            ev(
                "{dur:number:unit}",
                &[("number", "X"), ("unit", "Y")],
                Tense::Unknown,
                r
            )
            .unwrap(),
            "PXY"
        );
        assert_eq!(
            ev(
                "{dur:number:unit}",
                &[("number", "5"), ("unit", "TH")],
                Tense::Unknown,
                r
            )
            .unwrap(),
            "PT5H"
        );
    }

    /// A rule line's template is read once and bound to each of its sequences' captures,
    /// which may stand in another order or be missing (an optional part left out).
    #[test]
    fn one_written_template_binds_to_each_sequence() {
        let w = Written::parse("{md:month:day}").unwrap();
        let values = ["06".to_string(), "18".to_string()];
        let value = |t: Template, caps: &[String]| t.evaluate(&Context::bare(caps));
        let month_first = w.bind(&[("month", None), ("day", Some(Builtin::Day))]);
        assert_eq!(value(month_first.unwrap(), &values).unwrap(), "XXXX-06-18");
        let day_first = w.bind(&[("day", Some(Builtin::Day)), ("month", None)]);
        assert_eq!(value(day_first.unwrap(), &values).unwrap(), "XXXX-18-06");
        let w = Written::parse("{year}-{month}").unwrap();
        let e = w.bind(&[("month", None)]).unwrap_err();
        assert!(e.contains("captures no year"), "{e}");
        assert!(w
            .bind(&[("year", Some(Builtin::Year)), ("month", None)])
            .is_ok());
    }

    #[test]
    fn bad_templates_are_errors_of_the_grammar() {
        let e = Template::compile("{nope:1}", &[]).unwrap_err();
        assert!(e.contains("no resolver nope with 1 arguments"), "{e}");
        let e = Template::compile("{year}-{month}", &[("year", Some(Builtin::Year))]).unwrap_err();
        assert!(e.contains("captures no month"), "{e}");
        assert!(Template::compile("{ref:Y", &[]).is_err());
    }

    #[test]
    fn properties_come_from_the_parts() {
        let day = [
            ("month", None),
            ("day", Some(Builtin::Day)),
            ("clock", None),
        ];
        let t = |s: &str| Template::compile(s, &day).unwrap();
        assert!(t("{md:month:day}").names_a_day && t("{md:month:day}").ends_with_day_of_month);
        assert!(t("2023-{month}-{day}").ends_with_day_of_month);
        assert!(t("2023-{month}-{day}").written_out && !t("{today}T{hm:clock:pm}").written_out);
        // As when this was a search for `:` in the text: see `written_out`.
        assert!(t("{today}T{clock}").written_out && !t("{today}T{clock}:00").written_out);
        assert!(t("{today}T{clock}").clock_on_day_in_discourse);
        assert!(t("{ago:1:Y}").derived && !t("{ahead:1:Y}").derived);
        assert!(t("2023-{month}").is_plain() && !t("{today}").is_plain());
    }
}
