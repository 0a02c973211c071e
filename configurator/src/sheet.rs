//! The rules sheet for the clinic's settings: the command-line tool's
//! `rules --config` sheet (the shared `rules_markdown`), of the protocol
//! with the settings the validator keeps, applied as the widget would
//! apply them.

use ims_checker::config::keeping_what_is_valid;
use ims_checker::protocol::Protocol;
use ims_checker::rules::sheet::rules_markdown;
use ims_checker::words::{rules, EN};

use crate::settings::Settings;

/// The sheet, and how many of the settings' problems it leaves out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub markdown: String,
    pub left_out: usize,
}

pub fn rules_sheet(settings: &Settings, protocol: &Protocol) -> Sheet {
    let (config, problems) = keeping_what_is_valid(settings.config.clone(), protocol);
    Sheet {
        markdown: rules_markdown(protocol, Some(&config), &EN, &rules::EN, None),
        left_out: problems.len(),
    }
}

#[cfg(test)]
mod tests {
    use ims_checker::protocol::default_protocol;

    use super::*;
    use crate::settings::{tree, Configurator};

    /// The sheet is the tool's `rules --config` for the same file.
    #[test]
    fn the_sheet_is_the_tools_for_the_same_configuration() {
        let protocol = default_protocol();
        let mut settings = Configurator::new("/").settings;
        settings.config.clinic_name = "Harbourside Physiotherapy".into();
        settings.config.rows_turned_off = vec!["metal-allergy".into()];
        settings.config.stricter_levels = tree([("osteoporosis/severe", "not-suitable".to_string())].into_iter());
        let sheet = rules_sheet(&settings, &protocol);
        assert_eq!(sheet.left_out, 0);

        let dir = std::env::temp_dir().join(format!("ims-configurator-sheet-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let file = dir.join("clinic.json");
        std::fs::write(&file, crate::snippet::config_file(&settings)).expect("write");
        let args: Vec<String> = ["rules", "--config", &file.to_string_lossy()]
            .map(String::from)
            .to_vec();
        let tool = ims_checker::cli::run(&args);
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(tool.code, 0, "{}", tool.stderr);
        assert_eq!(sheet.markdown, tool.stdout);
        assert!(sheet.markdown.contains("Clinic: Harbourside Physiotherapy"));
        assert!(sheet
            .markdown
            .contains("Turned off by this clinic: “Are you allergic to metal, such as nickel?”"));
    }

    #[test]
    fn a_setting_with_a_problem_is_left_out_and_counted() {
        let protocol = default_protocol();
        let mut settings = Configurator::new("/").settings;
        settings.config.clinic_name = "Clinic".into();
        settings.config.stricter_levels = tree([("bleeding/yes", "suitable".to_string())].into_iter());
        let sheet = rules_sheet(&settings, &protocol);
        assert_eq!(sheet.left_out, 1);
        assert_eq!(
            sheet.markdown,
            rules_sheet(&Configurator::new("/").settings, &protocol)
                .markdown
                .replace("Clinic: not set\n", "Clinic: Clinic\n")
        );
    }
}
