//! The `attrib` command line: argument parsing, file handling and exit codes.
//! Everything else lives in the library.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use attrib::files;
use attrib::input::{self, Document, Format, InputError, ReadOptions};
use attrib::report::{self, Checked, Emitter};
use attrib::rules::{RuleFile, Severity};
use attrib::snapshot;
use attrib::vocab::Vocabulary;

#[derive(Parser)]
#[command(
    name = "attrib",
    version,
    about = "Checks attribution and sourcing in news text"
)]
struct Cli {
    /// Threads for analysing files in parallel (default: one per core).
    /// Output is the same whatever the number.
    #[arg(long, global = true)]
    threads: Option<usize>,
    #[command(subcommand)]
    command: Command,
}

/// How to read the files (shared by `check` and `claims`).
#[derive(clap::Args, Clone)]
struct InputArgs {
    /// Treat input as this format instead of guessing from the extension.
    /// `jsonl`: each line is `{"id": …, "text": …}`, one article per line,
    /// results streamed (a map step for Spark, Beam or Ray).
    #[arg(long, value_enum)]
    input_format: Option<InputFormat>,
    /// Decode invalid UTF-8 with replacement characters instead of failing;
    /// offsets in the output still point into the original bytes.
    #[arg(long)]
    lossy: bool,
    /// Take files with this extension from folders (repeatable; default:
    /// md, markdown, txt, html, htm).
    #[arg(long = "extension", value_name = "EXT")]
    extensions: Vec<String>,
}

impl InputArgs {
    fn options(&self) -> ReadOptions {
        let format = match self.input_format {
            Some(InputFormat::Text) => Some(Format::Text),
            Some(InputFormat::Markdown) => Some(Format::Markdown),
            Some(InputFormat::Html) => Some(Format::Html),
            Some(InputFormat::Jsonl) | None => None,
        };
        ReadOptions {
            format,
            lossy: self.lossy,
        }
    }

    fn jsonl(&self) -> bool {
        self.input_format == Some(InputFormat::Jsonl)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    Text,
    Markdown,
    Html,
    Jsonl,
}

/// Which rules apply (shared by `check` and `snapshot`).
#[derive(clap::Args, Clone)]
struct RuleArgs {
    /// A rule file to use instead of the built-in rules and any configuration.
    #[arg(long)]
    rules: Option<String>,
    /// Use this configuration file instead of discovering `.attrib.yaml`.
    #[arg(long, conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Ignore every `.attrib.yaml`: the built-in rules only.
    #[arg(long)]
    no_config: bool,
}

/// The rules for each document: fixed, or from the nearest `.attrib.yaml`
/// above it (loaded once per configuration file).
struct RuleResolver<'v> {
    fixed: Option<Arc<RuleFile>>,
    explicit: Option<Arc<attrib::config::Config>>,
    default: Arc<RuleFile>,
    cache: Mutex<HashMap<PathBuf, Result<Arc<attrib::config::Config>, String>>>,
    /// The configuration file found for each folder: an archive's files
    /// share a few folders, and the search stats every ancestor.
    discovered: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
    vocab: &'v Vocabulary,
}

impl<'v> RuleResolver<'v> {
    fn new(args: &RuleArgs, vocab: &'v Vocabulary) -> Result<RuleResolver<'v>, ExitCode> {
        let fail = |e: attrib::loader::LoadError| {
            eprintln!("error: {e}");
            ExitCode::from(EXIT_ERROR)
        };
        let default = Arc::new(RuleFile::default_for(vocab));
        let fixed = match (&args.rules, args.no_config) {
            (Some(file), _) => Some(Arc::new(RuleFile::load(file, vocab).map_err(fail)?)),
            (None, true) => Some(default.clone()),
            (None, false) => None,
        };
        let explicit = match (&args.config, &args.rules) {
            (Some(config), None) => {
                Some(Arc::new(attrib::config::load(config, vocab).map_err(fail)?))
            }
            _ => None,
        };
        Ok(RuleResolver {
            fixed,
            explicit,
            default,
            cache: Mutex::new(HashMap::new()),
            discovered: Mutex::new(HashMap::new()),
            vocab,
        })
    }

    /// The rules for a document at `path` (`-` and JSON Lines ids are
    /// looked up from the current folder); `None` when its configuration
    /// excludes it.
    fn for_path(&self, path: &str) -> Result<Option<Arc<RuleFile>>, String> {
        if let Some(fixed) = &self.fixed {
            return Ok(Some(fixed.clone()));
        }
        if let Some(config) = &self.explicit {
            return Ok(config.rules_for(Path::new(path)));
        }
        let parent = Path::new(path).parent().unwrap_or(Path::new(""));
        let found = self
            .discovered
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(parent.to_path_buf())
            .or_insert_with(|| {
                let dir = match parent {
                    p if !p.as_os_str().is_empty() && p.is_dir() => p,
                    _ => Path::new("."),
                };
                attrib::config::discover(dir)
            })
            .clone();
        let Some(config) = found else {
            return Ok(Some(self.default.clone()));
        };
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        let loaded = cache
            .entry(config.clone())
            .or_insert_with(|| {
                attrib::config::load(&config, self.vocab)
                    .map(Arc::new)
                    .map_err(|e| e.to_string())
            })
            .clone();
        loaded.map(|c| c.rules_for(Path::new(path)))
    }
}

#[derive(Subcommand)]
enum Command {
    /// Lint articles: unattributed claims, vague sources, loaded verbs, …
    Check {
        /// Files or folders to check; `-` reads standard input. Folders are
        /// walked for .md, .markdown and .txt files, honouring .gitignore
        /// and .attribignore.
        #[arg(required = true)]
        paths: Vec<String>,
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        #[command(flatten)]
        rules: RuleArgs,
        /// Exit 1 when a finding at or above this severity is reported.
        #[arg(long, value_enum, default_value_t = Severity::Warning)]
        fail_on: Severity,
        /// Print how many findings each rule has, instead of the findings.
        #[arg(long)]
        statistics: bool,
        /// Print the findings only: no summary line, no warnings.
        #[arg(long, short)]
        quiet: bool,
        /// Colour the human format: `auto` when printing to a terminal and
        /// NO_COLOR is unset.
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Print the attribution analysis: who says what, through which cue.
    Claims {
        /// Files or folders; `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<String>,
        #[arg(long, value_enum, default_value_t = ClaimsFormat::Yaml)]
        format: ClaimsFormat,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Write each article's attribution listing beside it (ARTICLE.attrib.yaml),
    /// or compare with the accepted one (--check).
    Snapshot {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<String>,
        /// Keep snapshots under this folder instead of beside the articles.
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Compare with the accepted snapshots; exit 1 and show what changed.
        #[arg(long, conflicts_with = "update")]
        check: bool,
        /// Accept the current listings (the default when not checking).
        #[arg(long)]
        update: bool,
        #[command(flatten)]
        rules: RuleArgs,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Score the analysis against annotated articles (brat standoff: NAME.txt + NAME.ann).
    Eval {
        /// Folder of annotated articles, e.g. a PolNeAR split.
        gold_dir: String,
        #[arg(long, value_enum, default_value_t = EvalFormat::Human)]
        format: EvalFormat,
        /// Also list the N articles with the most missed and spurious attributions.
        #[arg(long, default_value_t = 0)]
        errors: usize,
        #[arg(long)]
        rules: Option<String>,
    },
    /// Explain a rule: what it flags, why, and an example that fires and one that does not.
    Explain {
        /// The rule id, e.g. vague-source.
        rule: String,
        #[arg(long)]
        rules: Option<String>,
    },
    /// List the active rules with their severity and rationale.
    Rules {
        /// List the rules that apply to this file or folder (default: the
        /// current folder's `.attrib.yaml`, if any).
        #[arg(default_value = ".")]
        path: String,
        #[command(flatten)]
        rules: RuleArgs,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    /// `path:line:col: severity[rule]: message`, an excerpt and a summary
    Human,
    /// one JSON array of findings
    Json,
    /// one JSON object per line, streamed
    Jsonl,
    /// GitHub Actions workflow commands (pull-request annotations)
    Github,
    /// SARIF 2.1.0, for code scanning
    Sarif,
    /// Checkstyle XML
    Checkstyle,
    /// JUnit XML, one test case per file
    Junit,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Explicit choices win over NO_COLOR (https://no-color.org).
    fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                use std::io::IsTerminal;
                std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum EvalFormat {
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
    if let Some(n) = cli.threads {
        // only fails if a pool was already built, which nothing else does
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    let vocab = Vocabulary::default_set();
    match cli.command {
        Command::Check {
            paths,
            format,
            rules,
            fail_on,
            statistics,
            quiet,
            color,
            input,
        } => {
            let rules = match RuleResolver::new(&rules, &vocab) {
                Ok(r) => r,
                Err(code) => return code,
            };
            let output = Output {
                format,
                statistics,
                quiet,
                color: color.enabled(),
            };
            check(&paths, output, &rules, fail_on, &input, &vocab)
        }
        Command::Claims {
            paths,
            format,
            input,
        } => claims(&paths, format, &input, &vocab),
        Command::Snapshot {
            paths,
            dir,
            check,
            update: _,
            rules,
            input,
        } => {
            let rules = match RuleResolver::new(&rules, &vocab) {
                Ok(r) => r,
                Err(code) => return code,
            };
            snapshot(&paths, dir.as_deref(), check, &rules, &input, &vocab)
        }
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
                        EvalFormat::Human => print!("{}", attrib::eval::render_human(&report)),
                        EvalFormat::Json => println!(
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
        Command::Explain { rule, rules } => {
            let rules = match load_rules(rules.as_deref(), &vocab) {
                Ok(r) => r,
                Err(code) => return code,
            };
            match rules.rules.iter().find(|r| r.id == rule) {
                Some(r) => {
                    print!("{}", explain(r));
                    ExitCode::SUCCESS
                }
                None => {
                    let ids: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
                    eprintln!("error: no rule '{rule}'; the rules are: {}", ids.join(", "));
                    ExitCode::from(EXIT_ERROR)
                }
            }
        }
        Command::Rules { path, rules } => {
            let resolver = match RuleResolver::new(&rules, &vocab) {
                Ok(r) => r,
                Err(code) => return code,
            };
            // a folder's rules are those of a file inside it
            let probe = if Path::new(&path).is_dir() {
                format!("{path}/_")
            } else {
                path.clone()
            };
            match resolver.for_path(&probe) {
                Ok(Some(set)) => {
                    for r in &set.rules {
                        println!(
                            "{:<26} {:<8} {:<20} {}",
                            r.id, r.severity, r.origin, r.rationale
                        );
                    }
                    ExitCode::SUCCESS
                }
                Ok(None) => {
                    println!("{path} is excluded by its configuration");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(EXIT_ERROR)
                }
            }
        }
    }
}

/// `attrib explain RULE`: the rule's documentation, from its YAML.
fn explain(rule: &attrib::rules::Rule) -> String {
    let mut out = format!("{} ({})\n\n{}\n", rule.id, rule.severity, rule.rationale);
    if let Some(link) = &rule.link {
        out.push_str(&format!("\nSee {link}\n"));
    }
    out.push_str(&format!("\nMessage: {}\n", rule.message));
    for (title, list) in [
        ("Fires on", &rule.examples.fires),
        ("Does not fire on", &rule.examples.passes),
    ] {
        if !list.is_empty() {
            out.push_str(&format!("\n{title}:\n"));
            for example in list {
                // one bullet per example; its later paragraphs indented under it
                for (k, line) in example.lines().enumerate() {
                    let lead = match (k, line.is_empty()) {
                        (0, _) => "  - ",
                        (_, true) => "",
                        _ => "    ",
                    };
                    out.push_str(&format!("{lead}{line}\n"));
                }
            }
        }
    }
    out
}

fn load_rules(path: Option<&str>, vocab: &Vocabulary) -> Result<RuleFile, ExitCode> {
    match path {
        None => Ok(RuleFile::default_for(vocab)),
        Some(p) => RuleFile::load(p, vocab).map_err(|e| {
            eprintln!("error: {e}");
            ExitCode::from(EXIT_ERROR)
        }),
    }
}

/// Files are analysed in parallel this many at a time; results are handed
/// on in order, and a chunk's documents are dropped before the next is read.
const CHUNK: usize = 64;

/// Runs over fewer files than this finish too fast for a progress bar.
const PROGRESS_MIN_FILES: usize = 200;

/// Reads every file the paths name, runs `work` on each document in
/// parallel, and hands the documents with their results to `each` in the
/// order of the command line, whatever the number of threads. Unreadable
/// files are reported on stderr and the others still processed; a binary
/// file met while walking a folder is skipped with a warning. Returns
/// whether any file failed.
fn for_each_document<R: Send>(
    paths: &[String],
    input: &InputArgs,
    work: impl Fn(&Document) -> R + Sync,
    mut each: impl FnMut(Document, R),
) -> bool {
    if input.jsonl() {
        return for_each_record(paths, work, each);
    }
    let mut failed = false;
    let targets = files::expand(paths, &input.extensions);
    let options = input.options();
    let progress = progress_bar(targets.len());
    for chunk in targets.chunks(CHUNK) {
        let results: Vec<_> = chunk
            .par_iter()
            .map(|target| {
                input::load(&target.path, options).map(|doc| {
                    let r = work(&doc);
                    (doc, r)
                })
            })
            .collect();
        for (target, result) in chunk.iter().zip(results) {
            match result {
                Ok((doc, r)) => each(doc, r),
                Err(InputError::Binary { path, .. }) if !target.named => {
                    progress.suspend(|| {
                        eprintln!("warning: {path}: skipped, looks like a binary file")
                    });
                }
                Err(e) => {
                    progress.suspend(|| eprintln!("error: {e}"));
                    failed = true;
                }
            }
            progress.inc(1);
        }
    }
    progress.finish_and_clear();
    failed
}

/// JSON Lines input: each line of each path (`-` is stdin) is an article,
/// read, analysed in parallel chunks and handed on in order as it streams.
fn for_each_record<R: Send>(
    paths: &[String],
    work: impl Fn(&Document) -> R + Sync,
    mut each: impl FnMut(Document, R),
) -> bool {
    use std::io::BufRead;
    let mut failed = false;
    for path in paths {
        let reader: Box<dyn BufRead> = if path == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            match std::fs::File::open(path) {
                Ok(f) => Box::new(std::io::BufReader::new(f)),
                Err(e) => {
                    eprintln!("error: {path}: cannot read: {e}");
                    failed = true;
                    continue;
                }
            }
        };
        let mut lines = reader
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.as_ref().is_ok_and(|l| l.trim().is_empty()));
        loop {
            let chunk: Vec<(usize, std::io::Result<String>)> = lines.by_ref().take(CHUNK).collect();
            if chunk.is_empty() {
                break;
            }
            let results: Vec<_> = chunk
                .into_par_iter()
                .map(|(n, line)| {
                    let line = line.map_err(|e| InputError::Io {
                        path: path.clone(),
                        source: e,
                    })?;
                    let doc = input::from_record(path, n + 1, &line)?;
                    let r = work(&doc);
                    Ok::<_, InputError>((doc, r))
                })
                .collect();
            for result in results {
                match result {
                    Ok((doc, r)) => each(doc, r),
                    Err(e) => {
                        eprintln!("error: {e}");
                        failed = true;
                    }
                }
            }
        }
    }
    failed
}

/// A progress bar on stderr for runs over many files, only when stderr is a
/// terminal (never in CI logs or pipes).
fn progress_bar(files: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if files < PROGRESS_MIN_FILES || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(files as u64);
    let style = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} files {elapsed}")
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

/// How `check` reports.
struct Output {
    format: CheckFormat,
    statistics: bool,
    quiet: bool,
    color: bool,
}

impl Output {
    fn emitter(&self) -> Box<dyn Emitter> {
        match self.format {
            CheckFormat::Human => Box::new(report::human::Human::new(self.quiet, self.color)),
            CheckFormat::Json => Box::new(report::json::Json::default()),
            CheckFormat::Jsonl => Box::new(report::json::JsonLines),
            CheckFormat::Github => Box::new(report::github::Github),
            CheckFormat::Sarif => Box::new(report::sarif::Sarif::default()),
            CheckFormat::Checkstyle => Box::new(report::xml::Checkstyle::default()),
            CheckFormat::Junit => Box::new(report::xml::Junit::default()),
        }
    }
}

fn check(
    paths: &[String],
    output: Output,
    rules: &RuleResolver,
    fail_on: Severity,
    input: &InputArgs,
    vocab: &Vocabulary,
) -> ExitCode {
    let mut worst: Option<Severity> = None;
    let mut per_rule: BTreeMap<(String, Severity), usize> = BTreeMap::new();
    let mut emitter = output.emitter();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut write_failed = false;
    let mut used_rules = RulesSeen::default();
    let analyse = |doc: &Document| {
        let Some(set) = rules.for_path(&doc.path)? else {
            return Ok(None); // excluded by its configuration
        };
        let analysis = attrib::analyse_document(doc, vocab);
        let diagnostics = attrib::diagnose(doc, &analysis, &set);
        let attributions = analysis.attributions.len();
        // a large file's analysis is freed by another thread while its
        // findings are written, not as a serial step before
        if doc.prose().len() > attrib::SECTION_BYTES {
            rayon::spawn(move || drop(analysis));
        }
        Ok::<_, String>(Some(((attributions, diagnostics), set)))
    };
    let failed = for_each_document(paths, input, analyse, |doc, result| {
        let Some((attributions, diagnostics)) = used_rules.take(result) else {
            return;
        };
        worst = diagnostics.iter().map(|d| d.severity).chain(worst).max();
        if output.statistics {
            for d in &diagnostics {
                *per_rule.entry((d.rule.clone(), d.severity)).or_default() += 1;
            }
            return;
        }
        let checked = Checked {
            doc: &doc,
            diagnostics: &diagnostics,
            attributions,
        };
        write_failed |= emitter.document(&mut out, &checked).is_err();
    });
    let finished = if output.statistics {
        print_statistics(&mut out, &per_rule)
    } else {
        emitter.finish(&mut out, &used_rules.union())
    };
    if write_failed || finished.and_then(|_| out.flush()).is_err() {
        // a closed pipe (`attrib check … | head`) is not worth a panic
        return ExitCode::from(EXIT_ERROR);
    }
    exit_code(
        failed || used_rules.failed,
        worst.is_some_and(|w| w >= fail_on),
    )
}

/// The rule sets documents were checked with, and configuration errors
/// (each reported once).
#[derive(Default)]
struct RulesSeen {
    sets: Vec<Arc<RuleFile>>,
    errors: Vec<String>,
    failed: bool,
}

impl RulesSeen {
    /// The value, noting the rule set it was checked with; or the error,
    /// reported once.
    fn take<T>(&mut self, result: Result<Option<(T, Arc<RuleFile>)>, String>) -> Option<T> {
        match result {
            Ok(None) => None,
            Ok(Some((value, set))) => {
                if !self.sets.iter().any(|s| Arc::ptr_eq(s, &set)) {
                    self.sets.push(set);
                }
                Some(value)
            }
            Err(e) => {
                if !self.errors.contains(&e) {
                    eprintln!("error: {e}");
                    self.errors.push(e);
                }
                self.failed = true;
                None
            }
        }
    }

    /// Every rule used, by id, for output formats that describe the rules.
    fn union(&self) -> RuleFile {
        let mut all = RuleFile {
            lexicons: BTreeMap::new(),
            rules: Vec::new(),
        };
        for set in &self.sets {
            for rule in &set.rules {
                if !all.rules.iter().any(|r| r.id == rule.id) {
                    all.rules.push(rule.clone());
                }
            }
        }
        if all.rules.is_empty() {
            all = RuleFile::default_set();
        }
        all
    }
}

/// `--statistics`: findings per rule, most frequent first.
fn print_statistics(
    out: &mut dyn Write,
    per_rule: &BTreeMap<(String, Severity), usize>,
) -> std::io::Result<()> {
    let mut rows: Vec<(&(String, Severity), &usize)> = per_rule.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for ((rule, severity), count) in rows {
        writeln!(out, "{count:>6}  {rule:<24} {severity}")?;
    }
    Ok(())
}

fn claims(
    paths: &[String],
    format: ClaimsFormat,
    input: &InputArgs,
    vocab: &Vocabulary,
) -> ExitCode {
    let build = |doc: &Document| report::claims::build(doc, &attrib::analyse_document(doc, vocab));
    if input.jsonl() {
        // streamed: one object per line (JSON) or one document each (YAML)
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        let mut write_failed = false;
        let failed = for_each_document(paths, input, build, |_, claims| {
            let written = match format {
                ClaimsFormat::Json => {
                    serde_json::to_writer(&mut out, &claims).map_err(std::io::Error::other)
                }
                ClaimsFormat::Yaml => serde_yaml::to_string(&claims)
                    .map_err(std::io::Error::other)
                    .and_then(|y| write!(out, "---\n{y}")),
            };
            write_failed |= written.and_then(|_| writeln!(out)).is_err();
        });
        return exit_code(failed || write_failed || out.flush().is_err(), false);
    }
    let mut all = Vec::new();
    let failed = for_each_document(paths, input, build, |_, claims| all.push(claims));
    // one path that is a file: one object; otherwise an array
    let single = paths.len() == 1 && all.len() == 1 && !std::path::Path::new(&paths[0]).is_dir();
    let text = match (format, single) {
        (ClaimsFormat::Json, true) => {
            serde_json::to_string_pretty(&all[0]).map_err(|e| e.to_string())
        }
        (ClaimsFormat::Json, false) => {
            serde_json::to_string_pretty(&all).map_err(|e| e.to_string())
        }
        (ClaimsFormat::Yaml, true) => serde_yaml::to_string(&all[0]).map_err(|e| e.to_string()),
        (ClaimsFormat::Yaml, false) => serde_yaml::to_string(&all).map_err(|e| e.to_string()),
    };
    match text {
        Ok(t) if !all.is_empty() => println!("{}", t.trim_end()),
        Ok(_) => {}
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    }
    exit_code(failed, false)
}

fn snapshot(
    paths: &[String],
    dir: Option<&Path>,
    check: bool,
    rules: &RuleResolver,
    input: &InputArgs,
    vocab: &Vocabulary,
) -> ExitCode {
    let mut changed = false;
    let mut broken = false;
    let mut used_rules = RulesSeen::default();
    let listing = |doc: &Document| {
        let Some(set) = rules.for_path(&doc.path)? else {
            return Ok(None);
        };
        let analysis = attrib::analyse_document(doc, vocab);
        let diagnostics = attrib::diagnose(doc, &analysis, &set);
        Ok::<_, String>(Some((snapshot::build(doc, &analysis, &diagnostics), set)))
    };
    let failed = for_each_document(paths, input, listing, |doc, result| {
        let Some(now) = used_rules.take(result) else {
            return;
        };
        let path = snapshot::location(&doc.path, dir);
        let shown = path.display();
        let accepted = std::fs::read_to_string(&path).ok();
        if check {
            let Some(text) = accepted else {
                println!("{shown}: no accepted snapshot (accept with `attrib snapshot --update`)");
                changed = true;
                return;
            };
            match serde_yaml::from_str::<snapshot::Snapshot>(&text) {
                Ok(old) => {
                    if let Some(report) = snapshot::compare(&old, &now) {
                        println!("{shown}: attribution changed\n{report}");
                        changed = true;
                    }
                }
                Err(e) => {
                    eprintln!("error: {shown}: not an attrib snapshot: {e}");
                    broken = true;
                }
            }
        } else {
            let text = snapshot::render(&now);
            if accepted.as_deref() == Some(text.as_str()) {
                return;
            }
            match snapshot::write_atomically(&path, &text) {
                Ok(()) => println!(
                    "{} {shown}",
                    if accepted.is_some() {
                        "updated"
                    } else {
                        "created"
                    }
                ),
                Err(e) => {
                    eprintln!("error: {shown}: cannot write: {e}");
                    broken = true;
                }
            }
        }
    });
    exit_code(failed || broken || used_rules.failed, changed)
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
