//! The `attrib` command line: argument parsing, file handling and exit codes.
//! Everything else lives in the library.

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use attrib::input::{self, Format};
use attrib::report;
use attrib::rules::{RuleFile, Severity};
use attrib::vocab::Vocabulary;

#[derive(Parser)]
#[command(
    name = "attrib",
    version,
    about = "Checks attribution and sourcing in news text"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Lint articles: unattributed claims, vague sources, loaded verbs, …
    Check {
        /// Files to check; `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<String>,
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// A rule file to use instead of the built-in rules.
        #[arg(long)]
        rules: Option<String>,
        /// Exit 1 when a finding at or above this severity is reported.
        #[arg(long, value_enum, default_value_t = Severity::Warning)]
        fail_on: Severity,
        /// Treat input as this format instead of guessing from the extension.
        #[arg(long, value_enum)]
        input_format: Option<Format>,
    },
    /// Print the attribution analysis: who says what, through which cue.
    Claims {
        #[arg(required = true)]
        paths: Vec<String>,
        #[arg(long, value_enum, default_value_t = ClaimsFormat::Yaml)]
        format: ClaimsFormat,
        #[arg(long, value_enum)]
        input_format: Option<Format>,
    },
    /// Score the analysis against annotated articles (brat standoff: NAME.txt + NAME.ann).
    Eval {
        /// Folder of annotated articles, e.g. a PolNeAR split.
        gold_dir: String,
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Also list the N articles with the most missed and spurious attributions.
        #[arg(long, default_value_t = 0)]
        errors: usize,
        #[arg(long)]
        rules: Option<String>,
    },
    /// List the active rules with their severity and rationale.
    Rules {
        #[arg(long)]
        rules: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ClaimsFormat {
    Yaml,
    Json,
}

const EXIT_FINDINGS: u8 = 1;
const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_ERROR } else { 0 });
        }
    };
    let vocab = Vocabulary::default_set();
    match cli.command {
        Command::Check {
            paths,
            format,
            rules,
            fail_on,
            input_format,
        } => {
            let rules = match load_rules(rules.as_deref(), &vocab) {
                Ok(r) => r,
                Err(code) => return code,
            };
            check(&paths, format, &rules, fail_on, input_format, &vocab)
        }
        Command::Claims {
            paths,
            format,
            input_format,
        } => claims(&paths, format, input_format, &vocab),
        Command::Eval {
            gold_dir,
            format,
            errors,
            rules,
        } => {
            let rules = match load_rules(rules.as_deref(), &vocab) {
                Ok(r) => r,
                Err(code) => return code,
            };
            match attrib::eval::run(&gold_dir, &vocab, &rules, errors) {
                Ok(report) => {
                    match format {
                        CheckFormat::Human => print!("{}", attrib::eval::render_human(&report)),
                        CheckFormat::Json => println!(
                            "{}",
                            serde_json::to_string_pretty(&report).unwrap_or_default()
                        ),
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(EXIT_ERROR)
                }
            }
        }
        Command::Rules { rules } => match load_rules(rules.as_deref(), &vocab) {
            Ok(rules) => {
                for r in &rules.rules {
                    println!("{:<24} {:<8} {}", r.id, r.severity, r.rationale);
                }
                ExitCode::SUCCESS
            }
            Err(code) => code,
        },
    }
}

fn load_rules(path: Option<&str>, vocab: &Vocabulary) -> Result<RuleFile, ExitCode> {
    match path {
        None => Ok(RuleFile::default_set()),
        Some(p) => RuleFile::load(p, vocab).map_err(|e| {
            eprintln!("error: {e}");
            ExitCode::from(EXIT_ERROR)
        }),
    }
}

fn check(
    paths: &[String],
    format: CheckFormat,
    rules: &RuleFile,
    fail_on: Severity,
    input_format: Option<Format>,
    vocab: &Vocabulary,
) -> ExitCode {
    let mut failed_input = false;
    let mut worst: Option<Severity> = None;
    let mut json = Vec::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in paths {
        let doc = match input::load(path, input_format) {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("error: {e}");
                failed_input = true;
                continue;
            }
        };
        let analysis = attrib::analyse_document(&doc, vocab);
        let diagnostics = rules.check(&analysis, &doc.src);
        worst = diagnostics.iter().map(|d| d.severity).chain(worst).max();
        match format {
            CheckFormat::Human => {
                let _ = out
                    .write_all(report::human::render(&doc.path, &doc.src, &diagnostics).as_bytes());
            }
            CheckFormat::Json => {
                json.extend(report::json::diagnostics(&doc.path, &doc.src, &diagnostics))
            }
        }
    }
    if let CheckFormat::Json = format {
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&json).unwrap_or_default()
        );
    }
    exit_code(failed_input, worst.is_some_and(|w| w >= fail_on))
}

fn claims(
    paths: &[String],
    format: ClaimsFormat,
    input_format: Option<Format>,
    vocab: &Vocabulary,
) -> ExitCode {
    let mut failed_input = false;
    let mut all = Vec::new();
    for path in paths {
        match input::load(path, input_format) {
            Ok(doc) => {
                let analysis = attrib::analyse_document(&doc, vocab);
                all.push(report::claims::build(&doc.path, &doc.src, &analysis));
            }
            Err(e) => {
                eprintln!("error: {e}");
                failed_input = true;
            }
        }
    }
    let text = match (format, all.len()) {
        (ClaimsFormat::Json, 1) => serde_json::to_string_pretty(&all[0]).map_err(|e| e.to_string()),
        (ClaimsFormat::Json, _) => serde_json::to_string_pretty(&all).map_err(|e| e.to_string()),
        (ClaimsFormat::Yaml, 1) => serde_yaml::to_string(&all[0]).map_err(|e| e.to_string()),
        (ClaimsFormat::Yaml, _) => serde_yaml::to_string(&all).map_err(|e| e.to_string()),
    };
    match text {
        Ok(t) if !all.is_empty() => println!("{}", t.trim_end()),
        Ok(_) => {}
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    }
    exit_code(failed_input, false)
}

fn exit_code(failed_input: bool, findings: bool) -> ExitCode {
    if failed_input {
        ExitCode::from(EXIT_ERROR)
    } else if findings {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}
