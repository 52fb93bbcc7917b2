//! The file storage: the bytes of stored files under one directory, one file
//! per id. A write goes to a temporary file first and is renamed into place,
//! so a reader never sees half a file. Blocking: call it from `web::block`.

use std::{
    fs, io,
    io::Write,
    path::{Path, PathBuf},
};

/// Where stored files live.
#[derive(Debug, Clone)]
pub struct FileStore {
    dir: PathBuf,
}

impl FileStore {
    pub fn new(dir: impl Into<PathBuf>) -> FileStore {
        FileStore { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The path of a file by id. Ids are UUIDs made by the server; anything
    /// else (a path, a dot) never names a file here.
    pub fn path(&self, id: &str) -> Option<PathBuf> {
        uuid::Uuid::parse_str(id)
            .ok()
            .map(|u| self.dir.join(u.hyphenated().to_string()))
    }

    /// Writes a file's bytes: to a temporary file, synced, then renamed.
    pub fn save(&self, id: &str, bytes: &[u8]) -> io::Result<()> {
        let target = self
            .path(id)
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not an id"))?;
        fs::create_dir_all(&self.dir)?;
        let temp = self.dir.join(format!(".{id}.part"));
        let written = (|| {
            let mut file = fs::File::create(&temp)?;
            file.write_all(bytes)?;
            file.sync_all()?;
            fs::rename(&temp, &target)
        })();
        if written.is_err() {
            let _ = fs::remove_file(&temp);
        }
        written
    }

    /// Removes a file's bytes; a file already gone is not an error.
    pub fn remove(&self, id: &str) -> io::Result<()> {
        match self.path(id).map(fs::remove_file) {
            Some(Err(e)) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_reads_and_removes_by_id_only() {
        let dir = std::env::temp_dir().join(format!("eshkola-store-{}", uuid::Uuid::now_v7()));
        let store = FileStore::new(&dir);
        let id = uuid::Uuid::now_v7().to_string();
        store.save(&id, b"hello").expect("save");
        assert_eq!(
            fs::read(store.path(&id).expect("path")).expect("read"),
            b"hello"
        );
        assert!(store.path("../etc/passwd").is_none());
        store.remove(&id).expect("remove");
        store.remove(&id).expect("already gone");
        assert_eq!(
            fs::read_dir(&dir).expect("dir").count(),
            0,
            "no temporary left"
        );
        fs::remove_dir_all(&dir).expect("clean");
    }
}
