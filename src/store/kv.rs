//! The ordered key-value interface the graph store is written against, and
//! its two backends: sled (on disk) and a B-tree in memory (tests, scratch
//! databases). Nothing outside this file names sled.

use crate::error::{Error, Result};
use parking_lot::RwLock;
use std::collections::BTreeMap;
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A key-value pair from a scan.
pub(crate) type Pair = (Vec<u8>, Vec<u8>);

/// A scan in key order. Owns what it needs, so it may outlive the borrow of
/// the store that made it.
pub(crate) type KvIter = Box<dyn Iterator<Item = Result<Pair>> + Send>;

/// A scan in key order that lends its keys instead of copying each out:
/// for hot paths that read many short keys (adjacency).
pub(crate) trait KeyScan: Send {
    /// Offers the next keys, in order, to `visit` until it answers false
    /// (that key is offered again by the next call) or the scan ends.
    /// Returns whether keys may remain.
    fn visit(&mut self, visit: &mut dyn FnMut(&[u8]) -> bool) -> Result<bool>;
}

/// A [`KeyScan`] over any scan: each key is copied once, as the scan gives it.
struct CopyingKeyScan {
    scan: std::iter::Peekable<KvIter>,
}

impl KeyScan for CopyingKeyScan {
    fn visit(&mut self, visit: &mut dyn FnMut(&[u8]) -> bool) -> Result<bool> {
        loop {
            match self.scan.peek() {
                None => return Ok(false),
                Some(Err(_)) => return Err(self.scan.next().and_then(|r| r.err()).unwrap_or(Error::Corrupt { what: "a scan".into() })),
                Some(Ok((key, _))) => {
                    if !visit(key) {
                        return Ok(true);
                    }
                    self.scan.next();
                }
            }
        }
    }
}

/// Writes applied all together or not at all.
#[derive(Default, Debug, Clone)]
pub(crate) struct WriteBatch {
    pub(crate) writes: BTreeMap<Vec<u8>, Option<Vec<u8>>>,
}

impl WriteBatch {
    pub(crate) fn put(&mut self, key: Vec<u8>, value: Vec<u8>) {
        self.writes.insert(key, Some(value));
    }

    pub(crate) fn delete(&mut self, key: Vec<u8>) {
        self.writes.insert(key, None);
    }

    pub(crate) fn len(&self) -> usize {
        self.writes.len()
    }
}

/// An ordered byte-key store with atomic batches.
pub(crate) trait KvStore: Send + Sync {
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>>;
    /// Every pair whose key starts with `prefix`, in key order.
    fn scan_prefix(&self, prefix: &[u8]) -> KvIter;
    /// Every pair with `start <= key`, in key order (callers stop when done).
    fn scan_from(&self, start: &[u8]) -> KvIter;
    /// Keys with `start <= key`, in key order, lent to the caller.
    fn scan_keys_from(&self, start: &[u8]) -> Box<dyn KeyScan> {
        Box::new(CopyingKeyScan { scan: self.scan_from(start).peekable() })
    }
    /// The pair with the greatest key at most `key`.
    fn floor(&self, key: &[u8]) -> Result<Option<Pair>>;
    /// The least key at least `key` (no copy of its value).
    fn key_at_or_after(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
        self.scan_from(key).next().transpose().map(|pair| pair.map(|(k, _)| k))
    }
    /// Applies every write of the batch atomically: after a crash, all or none.
    fn apply(&self, batch: WriteBatch) -> Result<()>;
    /// Makes everything applied so far durable.
    fn flush(&self) -> Result<()>;
    /// Bytes on disk (0 for memory).
    fn size_on_disk(&self) -> Result<u64>;

    /// Holds the records of the key tags `tags` in memory, as far as they
    /// fit in `budget` bytes; returns the bytes held. Only a paged store
    /// holds anything: the others answer 0.
    fn prewarm(&self, _tags: &[u8], _budget: usize) -> Result<usize> {
        Ok(0)
    }

    /// Replaces everything the store holds with `pairs`, which arrive in
    /// strictly increasing key order: the bulk import's path. Not atomic: a
    /// crash part-way leaves part of the new pairs beside the old ones.
    fn replace_all(&self, pairs: &mut dyn Iterator<Item = Result<Pair>>) -> Result<()> {
        let mut old: std::collections::BTreeSet<Vec<u8>> =
            self.scan_from(&[]).map(|item| item.map(|(k, _)| k)).collect::<Result<_>>()?;
        let mut batch = WriteBatch::default();
        for pair in pairs {
            let (k, v) = pair?;
            old.remove(&k);
            batch.put(k, v);
            if batch.len() >= 20_000 {
                self.apply(std::mem::take(&mut batch))?;
            }
        }
        for k in old {
            batch.delete(k);
        }
        self.apply(batch)?;
        self.flush()
    }

    // Single writes complete the interface other backends implement; the
    // store itself writes through atomic batches.
    #[allow(dead_code)]
    fn put(&self, key: &[u8], value: &[u8]) -> Result<()> {
        let mut batch = WriteBatch::default();
        batch.put(key.to_vec(), value.to_vec());
        self.apply(batch)
    }

    #[allow(dead_code)]
    fn delete(&self, key: &[u8]) -> Result<()> {
        let mut batch = WriteBatch::default();
        batch.delete(key.to_vec());
        self.apply(batch)
    }
}

/// The on-disk backend.
pub(crate) struct SledKv {
    db: sled::Db,
    path: PathBuf,
    /// Declared after `db`, so it drops after it: see [`LockRelease`].
    _release: LockRelease,
}

/// Waits, when the backend drops, until sled has let go of the database's
/// file lock. sled's `Db` drop returns while its background I/O threads may
/// still hold the file (and so the lock) for a moment (spacejam/sled#1289),
/// and an open of the same directory right after the drop, in this process
/// or another, would fail as locked by another process.
struct LockRelease {
    /// The locked file (`DIR/db`); `None` for a temporary database.
    file: Option<PathBuf>,
}

impl Drop for LockRelease {
    fn drop(&mut self) {
        use fs2::FileExt;
        let Some(path) = &self.file else { return };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
        loop {
            // A second open file description of the same file conflicts with
            // sled's lock (flock) until sled closes its own.
            let Ok(file) = std::fs::OpenOptions::new().read(true).write(true).open(path) else { return };
            if file.try_lock_exclusive().is_ok() {
                let _ = FileExt::unlock(&file);
                return;
            }
            if std::time::Instant::now() >= deadline {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }
}

impl SledKv {
    /// The page cache of a database opened for reading and ingest.
    pub(crate) const DEFAULT_CACHE_BYTES: u64 = 32 * 1024 * 1024;

    pub(crate) fn open(path: &Path) -> Result<SledKv> {
        SledKv::open_with_cache(path, SledKv::DEFAULT_CACHE_BYTES)
    }

    /// Opens with a page cache of `cache_bytes` (a bulk import of millions of
    /// records touches pages all over the tree and runs faster with more).
    pub(crate) fn open_with_cache(path: &Path, cache_bytes: u64) -> Result<SledKv> {
        let existed = path.join("conf").exists() || path.join("db").exists();
        if path.exists() && !path.is_dir() {
            return Err(Error::NotADatabase {
                path: path.to_path_buf(),
                reason: "it is a file, not a database directory".into(),
            });
        }
        if path.is_dir() && !existed && std::fs::read_dir(path).map(|mut d| d.next().is_some()).unwrap_or(false) {
            return Err(Error::NotADatabase {
                path: path.to_path_buf(),
                reason: "the directory is not empty and holds no shezhire database".into(),
            });
        }
        if existed {
            remove_torn_snapshots(path)?;
        }
        let db = sled::Config::new()
            .path(path)
            .cache_capacity(cache_bytes)
            .mode(sled::Mode::HighThroughput)
            .open()
            .map_err(|e| open_error(path, e))?;
        Ok(SledKv { db, path: path.to_path_buf(), _release: LockRelease { file: Some(path.join("db")) } })
    }

    pub(crate) fn temporary() -> Result<SledKv> {
        let db = sled::Config::new().temporary(true).open().map_err(|e| storage(Path::new("<temporary>"), e))?;
        Ok(SledKv { db, path: PathBuf::from("<temporary>"), _release: LockRelease { file: None } })
    }
}

/// Deletes the snapshots a process killed while opening the database left
/// half written. sled 0.34.7 writes a snapshot at every open as
/// `snap.<lsn>.generating` and renames it only once it is whole and synced,
/// so such a file is never a snapshot sled finished; but sled reads the
/// highest-named `snap.*` file, `.generating` included, and refuses the whole
/// database when its checksum fails. Without it sled recovers from the last
/// whole snapshot and the log, as the killed open did. Done under sled's own
/// file lock, so a file another process is still writing is never touched.
fn remove_torn_snapshots(path: &Path) -> Result<()> {
    use fs2::FileExt;
    let io = |e: std::io::Error| Error::Storage { path: path.to_path_buf(), message: e.to_string() };
    let torn: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(io)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("snap.") && n.ends_with(".generating"))
        })
        .collect();
    if torn.is_empty() {
        return Ok(());
    }
    let Ok(lock) = std::fs::OpenOptions::new().read(true).write(true).open(path.join("db")) else {
        // No data file to lock: sled's open reports what is wrong.
        return Ok(());
    };
    if lock.try_lock_exclusive().is_err() {
        return Err(Error::Locked { path: path.to_path_buf() });
    }
    for file in torn {
        match std::fs::remove_file(&file) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::Storage { path: file, message: format!("cannot remove a torn snapshot: {e}") }),
        }
    }
    let _ = FileExt::unlock(&lock);
    Ok(())
}

/// sled reports a held lock as an I/O error whose text names the lock; it is
/// the one open failure users can fix by closing the other process.
fn open_error(path: &Path, e: sled::Error) -> Error {
    match &e {
        sled::Error::Io(io) if io.to_string().contains("could not acquire lock") => {
            Error::Locked { path: path.to_path_buf() }
        }
        sled::Error::Io(io) if io.kind() == std::io::ErrorKind::WouldBlock => Error::Locked { path: path.to_path_buf() },
        sled::Error::Corruption { .. } | sled::Error::Unsupported(_) => Error::NotADatabase {
            path: path.to_path_buf(),
            reason: format!("sled could not read it: {e}"),
        },
        _ => storage(path, e),
    }
}

fn storage(path: &Path, e: sled::Error) -> Error {
    Error::Storage { path: path.to_path_buf(), message: e.to_string() }
}

fn pair(path: &Path, item: sled::Result<(sled::IVec, sled::IVec)>) -> Result<Pair> {
    item.map(|(k, v)| (k.to_vec(), v.to_vec())).map_err(|e| storage(path, e))
}

impl KvStore for SledKv {
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
        self.db.get(key).map(|v| v.map(|v| v.to_vec())).map_err(|e| storage(&self.path, e))
    }

    fn scan_prefix(&self, prefix: &[u8]) -> KvIter {
        let path = self.path.clone();
        Box::new(self.db.scan_prefix(prefix).map(move |item| pair(&path, item)))
    }

    fn scan_from(&self, start: &[u8]) -> KvIter {
        let path = self.path.clone();
        Box::new(self.db.range(start.to_vec()..).map(move |item| pair(&path, item)))
    }

    fn floor(&self, key: &[u8]) -> Result<Option<Pair>> {
        self.db.range(..=key.to_vec()).next_back().map(|item| pair(&self.path, item)).transpose()
    }

    fn key_at_or_after(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
        match self.db.range(key.to_vec()..).next() {
            Some(Ok((k, _))) => Ok(Some(k.to_vec())),
            Some(Err(e)) => Err(storage(&self.path, e)),
            None => Ok(None),
        }
    }

    fn apply(&self, batch: WriteBatch) -> Result<()> {
        let mut sled_batch = sled::Batch::default();
        for (k, v) in batch.writes {
            match v {
                Some(v) => sled_batch.insert(k, v),
                None => sled_batch.remove(k),
            }
        }
        self.db.apply_batch(sled_batch).map_err(|e| storage(&self.path, e))
    }

    fn flush(&self) -> Result<()> {
        self.db.flush().map(|_| ()).map_err(|e| storage(&self.path, e))
    }

    fn size_on_disk(&self) -> Result<u64> {
        self.db.size_on_disk().map_err(|e| storage(&self.path, e))
    }
}

/// The in-memory backend: a B-tree behind a lock.
#[derive(Default, Clone)]
pub(crate) struct MemKv {
    map: Arc<RwLock<BTreeMap<Vec<u8>, Vec<u8>>>>,
}

impl MemKv {
    pub(crate) fn new() -> MemKv {
        MemKv::default()
    }

    fn collect(&self, start: Bound<Vec<u8>>, prefix: Option<&[u8]>) -> KvIter {
        // The lock cannot be held by a returned iterator, so scans copy out.
        // This backend serves tests and small scratch graphs.
        let map = self.map.read();
        let items: Vec<Result<Pair>> = map
            .range((start, Bound::Unbounded))
            .take_while(|(k, _)| prefix.is_none_or(|p| k.starts_with(p)))
            .map(|(k, v)| Ok((k.clone(), v.clone())))
            .collect();
        Box::new(items.into_iter())
    }
}

impl KvStore for MemKv {
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
        Ok(self.map.read().get(key).cloned())
    }

    fn scan_prefix(&self, prefix: &[u8]) -> KvIter {
        self.collect(Bound::Included(prefix.to_vec()), Some(prefix))
    }

    fn scan_from(&self, start: &[u8]) -> KvIter {
        self.collect(Bound::Included(start.to_vec()), None)
    }

    fn floor(&self, key: &[u8]) -> Result<Option<Pair>> {
        Ok(self.map.read().range(..=key.to_vec()).next_back().map(|(k, v)| (k.clone(), v.clone())))
    }

    fn apply(&self, batch: WriteBatch) -> Result<()> {
        let mut map = self.map.write();
        for (k, v) in batch.writes {
            match v {
                Some(v) => map.insert(k, v),
                None => map.remove(&k),
            };
        }
        Ok(())
    }

    fn flush(&self) -> Result<()> {
        Ok(())
    }

    fn size_on_disk(&self) -> Result<u64> {
        Ok(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exercise(kv: &dyn KvStore) {
        let mut b = WriteBatch::default();
        b.put(b"a1".to_vec(), b"x".to_vec());
        b.put(b"a2".to_vec(), b"y".to_vec());
        b.put(b"b1".to_vec(), b"z".to_vec());
        kv.apply(b).unwrap();
        assert_eq!(kv.get(b"a2").unwrap(), Some(b"y".to_vec()));
        let keys: Vec<Vec<u8>> = kv.scan_prefix(b"a").map(|r| r.unwrap().0).collect();
        assert_eq!(keys, vec![b"a1".to_vec(), b"a2".to_vec()]);
        let from: Vec<Vec<u8>> = kv.scan_from(b"a2").map(|r| r.unwrap().0).collect();
        assert_eq!(from, vec![b"a2".to_vec(), b"b1".to_vec()]);
        assert_eq!(kv.floor(b"a3").unwrap().map(|p| p.0), Some(b"a2".to_vec()));
        assert_eq!(kv.floor(b"a2").unwrap().map(|p| p.0), Some(b"a2".to_vec()));
        assert_eq!(kv.floor(b"a").unwrap(), None);
        assert_eq!(kv.key_at_or_after(b"a1x").unwrap(), Some(b"a2".to_vec()));
        assert_eq!(kv.key_at_or_after(b"c").unwrap(), None);
        kv.delete(b"a1").unwrap();
        assert_eq!(kv.get(b"a1").unwrap(), None);
        assert_eq!(kv.scan_prefix(b"a").count(), 1);
    }

    #[test]
    fn memory_backend_orders_and_batches() {
        exercise(&MemKv::new());
    }

    #[test]
    fn sled_backend_orders_and_batches() {
        exercise(&SledKv::temporary().unwrap());
    }

    #[test]
    fn a_second_open_of_the_same_directory_is_locked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let _first = SledKv::open(&path).unwrap();
        // sled's lock is per process file descriptor (flock): a second open in
        // the same process also fails to take it.
        match SledKv::open(&path) {
            Err(Error::Locked { .. }) => {}
            Err(other) => panic!("expected Locked, got {other}"),
            Ok(_) => panic!("expected Locked, opened twice"),
        }
    }
}
