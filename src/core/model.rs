//! The validated dataset. Every value here has passed validation: references
//! are indices that exist, years are in range, points are sorted and unique.
//! Nothing after validation checks these things again.

pub use super::calendar::{Date, Year};
use super::text::Text;

/// Where the data is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub(crate) name: String,
    pub(crate) province: Option<String>,
    pub(crate) country: Option<String>,
}

impl Place {
    /// The place's name, e.g. "Kota Tanjungpinang".
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The province, when given.
    pub fn province(&self) -> Option<&str> {
        self.province.as_deref()
    }
    /// ISO 3166 alpha-2 country code, when given.
    pub fn country(&self) -> Option<&str> {
        self.country.as_deref()
    }
}

/// Where numbers come from.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) title: Option<Text>,
    pub(crate) date: Option<Date>,
    pub(crate) url: Option<String>,
}

impl Source {
    /// The source's id, unique in the dataset.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// Who published it.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The publication's title.
    pub fn title(&self) -> Option<&Text> {
        self.title.as_ref()
    }
    /// The publication date.
    pub fn date(&self) -> Option<Date> {
        self.date
    }
    /// An `http:` or `https:` link to it.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }
}

/// One year's value; `None` is "not reported", never zero.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub year: Year,
    pub value: Option<f64>,
    /// Index of the source of this value when it is not the series' own
    /// (a later report, say).
    pub source: Option<usize>,
    /// A note on this value (a revision, a caveat), shown with it.
    pub note: Option<Text>,
}

/// A yearly series of counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub(crate) id: String,
    pub(crate) label: Text,
    pub(crate) unit: Text,
    pub(crate) source: usize,
    pub(crate) definition: Option<Text>,
    pub(crate) points: Vec<Point>,
}

impl Series {
    /// The series' id, unique in the dataset and free of commas.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// Its name.
    pub fn label(&self) -> &Text {
        &self.label
    }
    /// What is counted, e.g. "cases".
    pub fn unit(&self) -> &Text {
        &self.unit
    }
    /// Index of its source in [`Dataset::sources`].
    pub fn source(&self) -> usize {
        self.source
    }
    /// What exactly is counted.
    pub fn definition(&self) -> Option<&Text> {
        self.definition.as_ref()
    }
    /// Points sorted by year, years unique.
    pub fn points(&self) -> &[Point] {
        &self.points
    }
    /// The point of `year`, if the series has one.
    pub fn point_in(&self, year: Year) -> Option<&Point> {
        self.points
            .binary_search_by_key(&year, |p| p.year)
            .ok()
            .and_then(|i| self.points.get(i))
    }
    /// Index of the source of a point: its own, else the series'.
    pub fn source_of(&self, point: &Point) -> usize {
        point.source.unwrap_or(self.source)
    }
    /// The value reported for `year`, `None` when not reported or absent.
    pub fn value_in(&self, year: Year) -> Option<f64> {
        self.points
            .binary_search_by_key(&year, |p| p.year)
            .ok()
            .and_then(|i| self.points[i].value)
    }
}

/// A WGS84 position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

/// One area (a kelurahan in the default dataset).
#[derive(Clone, Debug, PartialEq)]
pub struct Area {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) group: String,
    pub(crate) code: Option<String>,
    pub(crate) centroid: Option<LatLon>,
    pub(crate) boundary_id: Option<String>,
}

impl Area {
    /// Unique id.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// Display name.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The group it belongs to (a kecamatan).
    pub fn group(&self) -> &str {
        &self.group
    }
    /// Official code.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }
    /// Centroid, when given.
    pub fn centroid(&self) -> Option<LatLon> {
        self.centroid
    }
    /// The feature key given explicitly, if any.
    pub fn boundary_id(&self) -> Option<&str> {
        self.boundary_id.as_deref()
    }
    /// The value a boundary feature's key must have to belong to this area:
    /// `boundary_id`, else `code`, else `id`.
    pub fn boundary_key(&self) -> &str {
        self.boundary_id
            .as_deref()
            .or(self.code.as_deref())
            .unwrap_or(&self.id)
    }
}

/// Where to find area boundaries.
#[derive(Clone, Debug, PartialEq)]
pub struct Boundaries {
    pub(crate) url: String,
    pub(crate) key: String,
    pub(crate) attribution: Option<Text>,
    pub(crate) license: Option<String>,
}

impl Boundaries {
    /// GeoJSON URL, possibly relative to the dataset's URL.
    pub fn url(&self) -> &str {
        &self.url
    }
    /// Feature property that holds the area's boundary key.
    pub fn key(&self) -> &str {
        &self.key
    }
    /// Whom the boundaries are from, as their licence asks to name them.
    pub fn attribution(&self) -> Option<&Text> {
        self.attribution.as_ref()
    }
    /// Their licence, spelt like the dataset's own `license`.
    pub fn license(&self) -> Option<&str> {
        self.license.as_deref()
    }
}

/// The areas of the place.
#[derive(Clone, Debug, PartialEq)]
pub struct Areas {
    pub(crate) level: Text,
    pub(crate) group_level: Text,
    pub(crate) items: Vec<Area>,
    pub(crate) boundaries: Option<Boundaries>,
}

impl Areas {
    /// What one area is called, e.g. "Kelurahan".
    pub fn level(&self) -> &Text {
        &self.level
    }
    /// What a group is called, e.g. "Kecamatan".
    pub fn group_level(&self) -> &Text {
        &self.group_level
    }
    /// The areas, in file order, at least one.
    pub fn items(&self) -> &[Area] {
        &self.items
    }
    /// Boundary polygons, when the dataset names them.
    pub fn boundaries(&self) -> Option<&Boundaries> {
        self.boundaries.as_ref()
    }
    /// The groups in order of first appearance.
    pub fn groups(&self) -> Vec<&str> {
        let mut groups: Vec<&str> = Vec::new();
        for area in &self.items {
            if !groups.contains(&area.group.as_str()) {
                groups.push(&area.group);
            }
        }
        groups
    }
    /// Whether the area at an index belongs to `group` (every area when
    /// `None`): the one filter every view of one kecamatan uses.
    pub fn member_of<'a>(&'a self, group: Option<&'a str>) -> impl Fn(usize) -> bool + 'a {
        move |i| group.is_none_or(|g| self.items.get(i).is_some_and(|a| a.group == g))
    }
    /// Index of the area with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|a| a.id == id)
    }
}

/// A program's status in one area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// The program exists there since this year.
    Formed(Year),
    /// It is planned for this year.
    Planned(Year),
    /// Nothing yet.
    None,
}

impl Status {
    /// The status' name in the file format.
    pub fn key(self) -> &'static str {
        match self {
            Status::Formed(_) => "formed",
            Status::Planned(_) => "planned",
            Status::None => "none",
        }
    }
    /// The year, for formed and planned.
    pub fn year(self) -> Option<Year> {
        match self {
            Status::Formed(y) | Status::Planned(y) => Some(y),
            Status::None => None,
        }
    }
}

/// A program rolled out across areas (PATBM teams in the default dataset).
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub(crate) id: String,
    pub(crate) label: Text,
    pub(crate) source: usize,
    pub(crate) definition: Option<Text>,
    /// One status per area, indexed like [`Areas::items`].
    pub(crate) status: Vec<Status>,
}

impl Program {
    /// Unique id.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// Its name.
    pub fn label(&self) -> &Text {
        &self.label
    }
    /// Index of its source in [`Dataset::sources`].
    pub fn source(&self) -> usize {
        self.source
    }
    /// What the program is.
    pub fn definition(&self) -> Option<&Text> {
        self.definition.as_ref()
    }
    /// The status of every area, indexed like [`Areas::items`].
    pub fn status(&self) -> &[Status] {
        &self.status
    }
}

/// Something that happened, drawn as an annotation on the trend.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub(crate) year: Year,
    pub(crate) date: Option<Date>,
    pub(crate) label: Text,
    pub(crate) source: Option<usize>,
}

impl Event {
    /// The year it happened.
    pub fn year(&self) -> Year {
        self.year
    }
    /// The exact date, when known.
    pub fn date(&self) -> Option<Date> {
        self.date
    }
    /// What happened.
    pub fn label(&self) -> &Text {
        &self.label
    }
    /// Index of its source in [`Dataset::sources`].
    pub fn source(&self) -> Option<usize> {
        self.source
    }
}

/// A validated `pantau/1` dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub(crate) id: String,
    pub(crate) title: Text,
    pub(crate) description: Option<Text>,
    pub(crate) place: Place,
    pub(crate) published: Date,
    pub(crate) updated: Option<Date>,
    pub(crate) license: Option<String>,
    pub(crate) compiled_by: Option<Text>,
    pub(crate) sources: Vec<Source>,
    pub(crate) series: Vec<Series>,
    pub(crate) areas: Option<Areas>,
    pub(crate) programs: Vec<Program>,
    pub(crate) events: Vec<Event>,
    pub(crate) notes: Vec<Text>,
}

impl Dataset {
    /// Slug id.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// Title.
    pub fn title(&self) -> &Text {
        &self.title
    }
    /// Description.
    pub fn description(&self) -> Option<&Text> {
        self.description.as_ref()
    }
    /// The place.
    pub fn place(&self) -> &Place {
        &self.place
    }
    /// Date of the source publication.
    pub fn published(&self) -> Date {
        self.published
    }
    /// Date the file last changed.
    pub fn updated(&self) -> Option<Date> {
        self.updated
    }
    /// Licence, e.g. `CC-BY-4.0`.
    pub fn license(&self) -> Option<&str> {
        self.license.as_deref()
    }
    /// Who compiled the file from its sources, when it says.
    pub fn compiled_by(&self) -> Option<&Text> {
        self.compiled_by.as_ref()
    }
    /// Sources, at least one.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }
    /// Series, 0 to 64.
    pub fn series(&self) -> &[Series] {
        &self.series
    }
    /// The areas, when given.
    pub fn areas(&self) -> Option<&Areas> {
        self.areas.as_ref()
    }
    /// Programs; empty unless there are areas.
    pub fn programs(&self) -> &[Program] {
        &self.programs
    }
    /// The position of the program with this id.
    pub fn program_index(&self, id: &str) -> Option<usize> {
        self.programs.iter().position(|p| p.id == id)
    }
    /// Events, sorted by year.
    pub fn events(&self) -> &[Event] {
        &self.events
    }
    /// Caveats shown under the charts.
    pub fn notes(&self) -> &[Text] {
        &self.notes
    }
    /// Index of the series with this id.
    pub fn series_index(&self, id: &str) -> Option<usize> {
        self.series.iter().position(|s| s.id == id)
    }
    /// Every year with a point in any series, ascending.
    pub fn years(&self) -> Option<(Year, Year)> {
        let mut years = self
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.year));
        let first = years.next()?;
        Some(years.fold((first, first), |(lo, hi), y| (lo.min(y), hi.max(y))))
    }
}
