//! The clinic's command-line tool on the native target; on the web the static
//! loader calls the library's exported `mount` for each `<ims-checker>` element.
// A panic aborts the widget (panic = "abort"): no unwrap or expect outside tests.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
fn main() {
    use std::io::Write as _;
    // Lossy, so an argument that is not UTF-8 gives an error message, not a panic.
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let output = ims_checker::cli::run(&args);
    // Ignore write errors (e.g. a closed pipe): the exit status still tells.
    let _ = std::io::stdout().write_all(output.stdout.as_bytes());
    let _ = std::io::stderr().write_all(output.stderr.as_bytes());
    std::process::exit(output.code);
}

#[cfg(not(all(feature = "cli", not(target_arch = "wasm32"))))]
fn main() {}
