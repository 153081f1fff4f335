//! The tables of a view description written as HTML, for static views.

use super::html::escape;
use crate::core::view::tables::Table;
use std::fmt::Write;

/// Writes one table.
pub(super) fn table(out: &mut String, t: &Table) {
    let _ = write!(
        out,
        "<table class=\"data-table\"><caption>{}</caption><thead><tr>",
        escape(&t.caption)
    );
    for c in &t.columns {
        let class = if c.class.is_empty() {
            String::new()
        } else {
            format!(" class=\"{}\"", c.class)
        };
        let unit = c
            .unit
            .as_deref()
            .map(|u| format!("<span class=\"unit\">{}</span>", escape(u)))
            .unwrap_or_default();
        let _ = write!(
            out,
            "<th scope=\"col\"{class}>{}{unit}</th>",
            escape(&c.label)
        );
    }
    out.push_str("</tr></thead>");
    for g in &t.groups {
        out.push_str("<tbody>");
        if let Some(h) = &g.heading {
            let _ = write!(
                out,
                "<tr class=\"group-row\"><th scope=\"rowgroup\" colspan=\"{}\">{}</th></tr>",
                t.columns.len(),
                escape(h)
            );
        }
        for r in &g.rows {
            let _ = write!(out, "<tr><th scope=\"row\">{}", escape(&r.heading));
            if let Some(d) = &r.detail {
                let _ = write!(out, "<br><span class=\"muted\">{}</span>", escape(d));
            }
            if let Some(url) = &r.link {
                let _ = write!(
                    out,
                    "<br><a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a>",
                    escape(url)
                );
            }
            out.push_str("</th>");
            for c in &r.cells {
                if c.class.is_empty() {
                    let _ = write!(out, "<td>{}</td>", escape(&c.text));
                } else {
                    let _ = write!(
                        out,
                        "<td class=\"{}\">{}</td>",
                        escape(&c.class),
                        escape(&c.text)
                    );
                }
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody>");
    }
    out.push_str("</table>");
}
