//! Short import and export names for the widget's wasm and its wasm-bindgen glue.
//!
//! wasm-bindgen names each import the glue provides like
//! `__wbg_instanceof_Object_97e16a01fd368661`, under the module
//! `./ims-checker_bg.js`, and writes each name twice: in the wasm's import
//! section and as a key of the glue's import object. The 16 hex digits of
//! each hash are random to brotli, so `cargo xtask dist` renames every import
//! to a short unique name (`a`, `b`, … `aa`, …) and each module to one too, in
//! the wasm and in the glue alike. The wasm's other sections are copied byte
//! for byte; the glue is changed only where a full name stands as a key.
//! Anything unexpected (a name missing from the glue or found twice, an
//! import kind this reader does not know, a module that no longer validates)
//! fails the build.
//!
//! wasm-bindgen's own exports (`__wbindgen_malloc`,
//! `wasm_bindgen__convert__closures_____invoke__hc1c9bacfa23b7c0f`, …) are
//! renamed too, where the glue reads each only as a member (`.name`) of the
//! wasm's exports; the widget's own exports (`mount`, `memory`) keep their
//! names.
use std::collections::BTreeMap;

const MAGIC: &[u8; 4] = b"\0asm";
const VERSION_1: [u8; 4] = [1, 0, 0, 0];
const IMPORT_SECTION: u8 = 2;
const EXPORT_SECTION: u8 = 7;

/// The exports wasm-bindgen names for its glue alone.
fn is_bindgen_export(name: &str) -> bool {
    name.starts_with("__wbindgen_") || name.starts_with("__externref_") || name.starts_with("wasm_bindgen__")
}

/// One entry of the export section: its name and the bytes after it (kind
/// and index), kept as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub name: String,
    pub desc: Vec<u8>,
}

/// One entry of the import section: its names and its description's bytes,
/// kept as they are (only the names change).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Import {
    pub module: String,
    pub name: String,
    pub desc: Vec<u8>,
}

/// The wasm and the glue with every import and wasm-bindgen's exports
/// renamed, and how many names were.
#[derive(Debug)]
pub struct Shortened {
    pub wasm: Vec<u8>,
    pub glue: String,
    pub imports: usize,
    pub exports: usize,
}

/// Renames every import of `wasm` and the matching keys of `glue`.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<Shortened, String> {
    let imports = imports(wasm)?;
    let mut modules: BTreeMap<&str, String> = BTreeMap::new();
    let mut names: BTreeMap<(&str, &str), String> = BTreeMap::new();
    for import in &imports {
        let count = modules.len();
        modules.entry(&import.module).or_insert_with(|| short_name(count));
        // Names are unique within their module's object in the glue.
        let in_module = names.keys().filter(|(module, _)| *module == import.module).count();
        names
            .entry((&import.module, &import.name))
            .or_insert_with(|| short_name(in_module));
    }
    let mut glue = glue.to_string();
    for ((_, name), short) in &names {
        glue = replace_key(&glue, name, short)?;
    }
    for (module, short) in &modules {
        glue = replace_quoted_key(&glue, module, short)?;
    }
    let renamed: Vec<Import> = imports
        .iter()
        .map(|import| Import {
            module: modules[import.module.as_str()].clone(),
            name: names[&(import.module.as_str(), import.name.as_str())].clone(),
            desc: import.desc.clone(),
        })
        .collect();
    let exports = self::exports(wasm)?;
    let mut renamed_exports = Vec::new();
    let mut exports_renamed = 0;
    for export in &exports {
        let mut name = export.name.clone();
        if is_bindgen_export(&export.name) {
            let short = loop {
                let short = short_name(exports_renamed);
                exports_renamed += 1;
                // The widget's own exports keep their names; none may be taken twice.
                if !exports.iter().any(|e| e.name == short) {
                    break short;
                }
            };
            glue = replace_members(&glue, &export.name, &short)?;
            name = short;
        }
        renamed_exports.push(Export {
            name,
            desc: export.desc.clone(),
        });
    }
    let wasm = with_section(wasm, IMPORT_SECTION, &import_section(&renamed))?;
    let wasm = with_section(&wasm, EXPORT_SECTION, &export_section(&renamed_exports))?;
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(&wasm)
        .map_err(|e| format!("the renamed wasm does not validate: {e}"))?;
    if self::imports(&wasm)? != renamed || self::exports(&wasm)? != renamed_exports {
        return Err("the renamed wasm's imports or exports read back differently".into());
    }
    let exports = renamed_exports
        .iter()
        .zip(&exports)
        .filter(|(a, b)| a.name != b.name)
        .count();
    Ok(Shortened {
        wasm,
        glue,
        imports: names.len(),
        exports,
    })
}

/// The `index`th short name: one letter, then letters and digits after it.
pub fn short_name(index: usize) -> String {
    const FIRST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const REST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$";
    let mut name = vec![FIRST[index % FIRST.len()]];
    let mut rest = index / FIRST.len();
    while rest > 0 {
        rest -= 1;
        name.push(REST[rest % REST.len()]);
        rest /= REST.len();
    }
    String::from_utf8_lossy(&name).into_owned()
}

fn is_identifier_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// `source` with the one property key `name` (bare, followed by `:`) written
/// as `short`; an error unless `name` stands exactly once in `source`, as
/// that key.
fn replace_key(source: &str, name: &str, short: &str) -> Result<String, String> {
    let whole: Vec<usize> = source
        .match_indices(name)
        .map(|(at, _)| at)
        .filter(|&at| {
            let before = source[..at].chars().next_back();
            let after = source[at + name.len()..].chars().next();
            !before.is_some_and(is_identifier_char) && !after.is_some_and(is_identifier_char)
        })
        .collect();
    let [at] = whole[..] else {
        return Err(format!(
            "the glue names the import {name} {} times, expected once as its import object's key",
            whole.len()
        ));
    };
    let before = source[..at].trim_end().chars().next_back();
    let after = source[at + name.len()..].trim_start().chars().next();
    if !matches!(before, Some('{' | ',')) || after != Some(':') {
        return Err(format!("the glue's {name} is not a key of its import object"));
    }
    Ok(format!("{}{short}{}", &source[..at], &source[at + name.len()..]))
}

/// `source` with every member `.name` written as `.short`; an error unless
/// `name` stands in `source` at least once, and only as a member.
fn replace_members(source: &str, name: &str, short: &str) -> Result<String, String> {
    let mut out = String::with_capacity(source.len());
    let mut copied = 0;
    let mut members = 0;
    for (at, _) in source.match_indices(name) {
        let before = source[..at].chars().next_back();
        let after = source[at + name.len()..].chars().next();
        if before.is_some_and(is_identifier_char) || after.is_some_and(is_identifier_char) {
            continue;
        }
        if before != Some('.') {
            return Err(format!(
                "the glue names the export {name} other than as a member (.{name})"
            ));
        }
        out.push_str(&source[copied..at]);
        out.push_str(short);
        copied = at + name.len();
        members += 1;
    }
    if members == 0 {
        return Err(format!("the glue never reads the export {name}"));
    }
    out.push_str(&source[copied..]);
    Ok(out)
}

/// `source` with the one quoted property key `"module"` written as `"short"`.
fn replace_quoted_key(source: &str, module: &str, short: &str) -> Result<String, String> {
    let quoted: Vec<String> = ['"', '\''].iter().map(|q| format!("{q}{module}{q}")).collect();
    let found: Vec<(usize, &String)> = quoted
        .iter()
        .flat_map(|q| source.match_indices(q.as_str()).map(move |(at, _)| (at, q)))
        .collect();
    let [(at, q)] = found[..] else {
        return Err(format!(
            "the glue names the import module {module:?} {} times, expected once as a key",
            found.len()
        ));
    };
    if !source[at + q.len()..].trim_start().starts_with(':') {
        return Err(format!("the glue's {module:?} is not a key of its import object"));
    }
    Ok(format!("{}\"{short}\"{}", &source[..at], &source[at + q.len()..]))
}

/// A cursor over a module's bytes.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, String> {
        let byte = *self
            .bytes
            .get(self.at)
            .ok_or_else(|| format!("the wasm ends early at byte {}", self.at))?;
        self.at += 1;
        Ok(byte)
    }

    fn take(&mut self, len: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(len).filter(|&end| end <= self.bytes.len());
        let end = end.ok_or_else(|| format!("the wasm ends early at byte {}", self.at))?;
        let taken = &self.bytes[self.at..end];
        self.at = end;
        Ok(taken)
    }

    /// An unsigned LEB128 of at most 64 bits.
    fn leb(&mut self) -> Result<u64, String> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(format!("an over-long LEB128 before byte {}", self.at))
    }

    fn len(&mut self) -> Result<usize, String> {
        usize::try_from(self.leb()?).map_err(|e| e.to_string())
    }

    fn name(&mut self) -> Result<String, String> {
        let len = self.len()?;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|e| format!("a name that is not UTF-8: {e}"))
    }

    /// Skips a signed LEB128 (a heap type's index).
    fn skip_signed_leb(&mut self) -> Result<(), String> {
        while self.byte()? & 0x80 != 0 {}
        Ok(())
    }

    /// Skips a value or reference type: one byte, or a reference type's
    /// nullable prefix and heap type.
    fn skip_value_type(&mut self) -> Result<(), String> {
        if matches!(self.byte()?, 0x63 | 0x64) {
            self.skip_signed_leb()?;
        }
        Ok(())
    }

    /// Skips a table's or a memory's limits: flags, minimum, maximum if
    /// flagged, and a custom page size if flagged.
    fn skip_limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 0x01 != 0 {
            self.leb()?;
        }
        if flags & 0x08 != 0 {
            self.leb()?;
        }
        Ok(())
    }
}

fn write_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn write_name(out: &mut Vec<u8>, name: &str) {
    write_leb(out, name.len() as u64);
    out.extend_from_slice(name.as_bytes());
}

/// Each section of a module: its id and its payload's range.
fn sections(wasm: &[u8]) -> Result<Vec<(u8, std::ops::Range<usize>)>, String> {
    let mut reader = Reader { bytes: wasm, at: 0 };
    if reader.take(4)? != MAGIC || reader.take(4)? != VERSION_1 {
        return Err("not a version 1 wasm module".into());
    }
    let mut sections = Vec::new();
    while reader.at < wasm.len() {
        let id = reader.byte()?;
        let len = reader.len()?;
        let start = reader.at;
        reader.take(len)?;
        sections.push((id, start..reader.at));
    }
    Ok(sections)
}

/// Each entry of the module's sections `section_id`, in order, read by
/// `entry` (none without such a section); an error if a section holds more
/// bytes than its entries.
fn entries<T>(
    wasm: &[u8],
    section_id: u8,
    mut entry: impl FnMut(&mut Reader) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    let mut found = Vec::new();
    for (id, range) in sections(wasm)? {
        if id != section_id {
            continue;
        }
        let mut reader = Reader {
            bytes: &wasm[range],
            at: 0,
        };
        for _ in 0..reader.leb()? {
            found.push(entry(&mut reader)?);
        }
        if reader.at != reader.bytes.len() {
            return Err(format!("section {section_id} has bytes after its last entry"));
        }
    }
    Ok(found)
}

/// The module's imports, in order (none without an import section).
pub fn imports(wasm: &[u8]) -> Result<Vec<Import>, String> {
    entries(wasm, IMPORT_SECTION, |reader| {
        let module = reader.name()?;
        let name = reader.name()?;
        let desc_start = reader.at;
        match reader.byte()? {
            0x00 => {
                reader.leb()?;
            }
            0x04 => {
                // A tag: its attribute byte, then its type's index.
                reader.byte()?;
                reader.leb()?;
            }
            0x01 => {
                reader.skip_value_type()?;
                reader.skip_limits()?;
            }
            0x02 => reader.skip_limits()?,
            0x03 => {
                reader.skip_value_type()?;
                reader.byte()?;
            }
            kind => return Err(format!("import {module}.{name}: unknown kind 0x{kind:02x}")),
        }
        let desc = reader.bytes[desc_start..reader.at].to_vec();
        Ok(Import { module, name, desc })
    })
}

/// The module's exports, in order (none without an export section).
pub fn exports(wasm: &[u8]) -> Result<Vec<Export>, String> {
    entries(wasm, EXPORT_SECTION, |reader| {
        let name = reader.name()?;
        let desc_start = reader.at;
        match reader.byte()? {
            0x00..=0x04 => reader.leb()?,
            kind => return Err(format!("export {name}: unknown kind 0x{kind:02x}")),
        };
        let desc = reader.bytes[desc_start..reader.at].to_vec();
        Ok(Export { name, desc })
    })
}

/// An import section's payload listing `imports`.
pub fn import_section(imports: &[Import]) -> Vec<u8> {
    let mut payload = Vec::new();
    write_leb(&mut payload, imports.len() as u64);
    for import in imports {
        write_name(&mut payload, &import.module);
        write_name(&mut payload, &import.name);
        payload.extend_from_slice(&import.desc);
    }
    payload
}

/// An export section's payload listing `exports`.
pub fn export_section(exports: &[Export]) -> Vec<u8> {
    let mut payload = Vec::new();
    write_leb(&mut payload, exports.len() as u64);
    for export in exports {
        write_name(&mut payload, &export.name);
        payload.extend_from_slice(&export.desc);
    }
    payload
}

/// `wasm` with its one section `section_id` replaced by `payload`, every
/// other byte as it was.
pub fn with_section(wasm: &[u8], section_id: u8, payload: &[u8]) -> Result<Vec<u8>, String> {
    let sections = sections(wasm)?;
    if sections.iter().filter(|(id, _)| *id == section_id).count() != 1 {
        return Err(format!("the wasm has no single section {section_id}"));
    }
    let mut out = wasm[..8].to_vec();
    let mut header_start = 8;
    for (id, range) in sections {
        if id == section_id {
            out.push(section_id);
            write_leb(&mut out, payload.len() as u64);
            out.extend_from_slice(payload);
        } else {
            out.extend_from_slice(&wasm[header_start..range.end]);
        }
        header_start = range.end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module of two function imports (one used twice by name), a memory
    /// import, a type, a function calling both imports and an export, in
    /// the binary form a linker writes.
    fn module() -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        let section = |wasm: &mut Vec<u8>, id: u8, payload: &[u8]| {
            wasm.push(id);
            write_leb(wasm, payload.len() as u64);
            wasm.extend_from_slice(payload);
        };
        // type 0: () -> ()
        section(&mut wasm, 1, &[1, 0x60, 0, 0]);
        let mut imports = vec![3];
        for name in ["__wbg_log_0123456789abcdef", "__wbg_now_fedcba9876543210"] {
            write_name(&mut imports, "./ims-checker_bg.js");
            write_name(&mut imports, name);
            imports.extend_from_slice(&[0x00, 0x00]);
        }
        write_name(&mut imports, "env");
        write_name(&mut imports, "memory");
        imports.extend_from_slice(&[0x02, 0x01, 0x01, 0x02]);
        section(&mut wasm, 2, &imports);
        // function 2 of type 0, exported as "run", calling functions 0 and 1.
        section(&mut wasm, 3, &[1, 0]);
        // function 2 also as wasm-bindgen's hashed closure export, and one
        // own export named as the first short name would be.
        let mut exports = vec![3];
        for name in ["run", INVOKE, "a"] {
            write_name(&mut exports, name);
            exports.extend_from_slice(&[0x00, 0x02]);
        }
        section(&mut wasm, 7, &exports);
        section(&mut wasm, 10, &[1, 6, 0, 0x10, 0, 0x10, 1, 0x0b]);
        section(&mut wasm, 0, b"\x04nameXYZ");
        wasm
    }

    const INVOKE: &str = "wasm_bindgen__convert__closures_____invoke__h0123456789abcdef";

    const GLUE: &str = "function g(){const e={__proto__:null,__wbg_log_0123456789abcdef:function(x){console.log(x)},\
        __wbg_now_fedcba9876543210 : function(){return Date.now()}};return{\"./ims-checker_bg.js\":e,'env':{memory:m}}}\
        function h(W){W.run();W.wasm_bindgen__convert__closures_____invoke__h0123456789abcdef(1);W.a()}";

    #[test]
    fn reads_the_imports_and_writes_them_back_byte_for_byte() {
        let wasm = module();
        let read = imports(&wasm).unwrap();
        assert_eq!(read.len(), 3);
        assert_eq!(read[1].name, "__wbg_now_fedcba9876543210");
        assert_eq!(
            (read[2].module.as_str(), read[2].desc.as_slice()),
            ("env", &[0x02, 0x01, 0x01, 0x02][..])
        );
        assert_eq!(
            with_section(&wasm, IMPORT_SECTION, &import_section(&read)).unwrap(),
            wasm
        );
        let exported = exports(&wasm).unwrap();
        assert_eq!(exported.len(), 3);
        assert_eq!(
            with_section(&wasm, EXPORT_SECTION, &export_section(&exported)).unwrap(),
            wasm
        );
    }

    #[test]
    fn renames_the_imports_in_the_wasm_and_the_glue_alike() {
        let shortened = shorten(&module(), GLUE).unwrap();
        let read = imports(&shortened.wasm).unwrap();
        let names: Vec<(&str, &str)> = read.iter().map(|i| (i.module.as_str(), i.name.as_str())).collect();
        assert_eq!(names, [("a", "a"), ("a", "b"), ("b", "a")]);
        assert_eq!(
            shortened.glue,
            "function g(){const e={__proto__:null,a:function(x){console.log(x)},\
        b : function(){return Date.now()}};return{\"a\":e,\"b\":{a:m}}}\
        function h(W){W.run();W.b(1);W.a()}"
        );
        assert_eq!((shortened.imports, shortened.exports), (3, 1));
        let exported: Vec<String> = exports(&shortened.wasm).unwrap().into_iter().map(|e| e.name).collect();
        assert_eq!(exported, ["run", "b", "a"]);
        assert!(shortened.wasm.len() < module().len());
        // The code and custom sections after the export section are unchanged.
        assert!(shortened.wasm.ends_with(&module()[module().len() - 20..]));
    }

    #[test]
    fn a_name_missing_from_the_glue_or_found_twice_fails() {
        let missing = GLUE.replace("__wbg_now_fedcba9876543210", "__wbg_now_0000000000000000");
        assert!(shorten(&module(), &missing).unwrap_err().contains("0 times"));
        let twice = GLUE.replace("Date.now()", "__wbg_log_0123456789abcdef");
        assert!(shorten(&module(), &twice).unwrap_err().contains("2 times"));
        let not_a_key = GLUE.replace("'env':", "'env',");
        assert!(shorten(&module(), &not_a_key).unwrap_err().contains("not a key"));
        let unread = GLUE.replace(&format!("W.{INVOKE}(1);"), "");
        assert!(shorten(&module(), &unread).unwrap_err().contains("never reads"));
        let by_string = GLUE.replace(&format!("W.{INVOKE}(1)"), &format!("W[\"{INVOKE}\"](1)"));
        assert!(shorten(&module(), &by_string)
            .unwrap_err()
            .contains("other than as a member"));
    }

    #[test]
    fn a_name_inside_a_longer_one_is_not_taken_for_it() {
        let longer = GLUE.replace("console.log(x)", "x.__wbg_log_0123456789abcdef_more");
        assert!(shorten(&module(), &longer)
            .unwrap()
            .glue
            .contains("x.__wbg_log_0123456789abcdef_more"));
    }

    #[test]
    fn a_broken_module_is_refused() {
        let mut cut = module();
        cut.truncate(cut.len() - 3);
        assert!(shorten(&cut, GLUE).is_err());
        assert!(imports(b"\0asm\x02\0\0\0").is_err());
    }

    #[test]
    fn short_names_are_unique_identifiers() {
        let names: Vec<String> = (0..5000).map(short_name).collect();
        let unique: std::collections::BTreeSet<&String> = names.iter().collect();
        assert_eq!(unique.len(), names.len());
        assert_eq!(
            (names[0].as_str(), names[51].as_str(), names[52].as_str()),
            ("a", "Z", "aa")
        );
        assert!(names.iter().all(|n| n.starts_with(|c: char| c.is_ascii_alphabetic())));
    }

    #[test]
    fn leb128_round_trips() {
        for value in [0u64, 1, 127, 128, 300, 16_383, 16_384, u64::from(u32::MAX), u64::MAX] {
            let mut out = Vec::new();
            write_leb(&mut out, value);
            assert_eq!(Reader { bytes: &out, at: 0 }.leb().unwrap(), value);
        }
        assert!(Reader {
            bytes: &[0x80; 11],
            at: 0
        }
        .leb()
        .is_err());
    }
}
