//! The clinic's command-line tool on the native target; on the web the static
//! loader calls the library's exported `mount` for each `<ims-checker>` element.
fn main() {}
