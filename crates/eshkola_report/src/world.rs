//! The typst [`World`] a report is compiled in: one template, one data file, bundled fonts.
//!
//! Nothing is read from disk: the template is compiled into the binary and the data is
//! served as the virtual file `/data.json`, which the template reads with `json(..)`.
//! User text therefore only ever reaches typst as JSON strings, never as markup.

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// Path of the data file inside the virtual project, as the template names it.
const DATA_PATH: &str = "/data.json";

/// Everything that does not depend on the data; built once per [`crate::Renderer`].
pub(crate) struct Assets {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    template: Source,
    data_id: FileId,
}

impl Assets {
    /// Parses the bundled fonts and the template (a few milliseconds).
    pub(crate) fn new(template_path: &str, template: &str) -> Assets {
        let fonts: Vec<Font> = typst_assets::fonts()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        Assets {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            template: Source::new(file_id(template_path), template.to_owned()),
            data_id: file_id(DATA_PATH),
        }
    }

    /// A world that serves `data` as `/data.json`.
    pub(crate) fn world(&self, data: Vec<u8>) -> ReportWorld<'_> {
        ReportWorld {
            assets: self,
            data: Bytes::new(data),
        }
    }

    /// The template, to turn diagnostics' spans into line numbers.
    pub(crate) fn template(&self) -> &Source {
        &self.template
    }
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("the crate's own virtual paths are valid");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// One compilation: the shared assets plus this call's data.
pub(crate) struct ReportWorld<'a> {
    assets: &'a Assets,
    data: Bytes,
}

impl World for ReportWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.assets.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.assets.book
    }

    fn main(&self) -> FileId {
        self.assets.template.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.assets.template.id() {
            Ok(self.assets.template.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.assets.data_id {
            Ok(self.data.clone())
        } else if id == self.assets.template.id() {
            Ok(Bytes::from_string(self.assets.template.clone()))
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.assets.fonts.get(index).cloned()
    }

    /// No clock: a report must not depend on when it is rendered, only on its data
    /// (`printed_on`). `datetime.today()` in the template is therefore an error.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_without_slash().into())
}
