//! Pages: the key-value layer of a format-2 database. The graph's logical
//! pairs (the layout of `keys`) are packed, in key order, many to one backend
//! record: a page, keyed by its first logical key, holding the pairs with
//! shared key prefixes elided and compressed with LZ4.
//!
//! Why: sled spends about 200 bytes of disk and some microseconds of write
//! time on every key, whatever its size, and a graph of a million people has
//! some forty million logical pairs (records, adjacency and index entries).
//! In pages of a few kilobytes the backend holds a few hundred thousand
//! records instead, and neighbouring keys (one node's adjacency, one label's
//! index) share a page, so one backend read serves them all.
//!
//! Invariants: every backend key of a page is [`PAGE_TAG`] followed by the
//! page's first logical key; a page holds the logical keys from its own
//! first key up to (not including) the next page's first key; no page is
//! empty. One logical batch becomes one backend batch, so a page split or a
//! re-keyed page is as atomic as the logical writes that caused it.

use super::kv::{KvIter, KvStore, Pair, WriteBatch};
use crate::error::{Error, Result};
use parking_lot::{Mutex, RwLock};
use std::collections::HashMap;
use std::sync::Arc;

/// The first byte of every page's backend key.
pub(crate) const PAGE_TAG: u8 = 0x01;

/// The encoding of a page's value; another is refused as corrupt.
const PAGE_ENCODING_LZ4: u8 = 1;

/// A page is split when its pairs take more than twice this many bytes,
/// into pages of about this many. Four kilobytes compress to about two: a
/// point read decompresses one page in a couple of microseconds.
pub(crate) const DEFAULT_PAGE_BYTES: usize = 4096;

/// Decoded pages kept in memory (their decoded size, in bytes).
pub(crate) const DEFAULT_PAGE_CACHE_BYTES: usize = 64 * 1024 * 1024;

/// One decoded page: its keys and values laid end to end.
#[derive(Debug, Default)]
pub(crate) struct Page {
    keys: Vec<u8>,
    values: Vec<u8>,
    /// For each pair, where its key and its value end.
    ends: Vec<(u32, u32)>,
}

impl Page {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn key(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1].0 as usize };
        &self.keys[start..self.ends[i].0 as usize]
    }

    fn value(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1].1 as usize };
        &self.values[start..self.ends[i].1 as usize]
    }

    /// The index of `key`, or where it would go.
    fn find(&self, key: &[u8]) -> std::result::Result<usize, usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.key(mid).cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Ok(mid),
            }
        }
        Err(lo)
    }

    fn push(&mut self, key: &[u8], value: &[u8]) {
        self.keys.extend_from_slice(key);
        self.values.extend_from_slice(value);
        self.ends.push((self.keys.len() as u32, self.values.len() as u32));
    }

    /// Bytes this page takes decoded (what the cache counts).
    fn weight(&self) -> usize {
        self.keys.len() + self.values.len() + self.ends.len() * 8 + 64
    }

    fn pair(&self, i: usize) -> Pair {
        (self.key(i).to_vec(), self.value(i).to_vec())
    }
}

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn take_varint(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut n = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        n |= u64::from(b & 0x7F) << shift;
        if b & 0x80 == 0 {
            return Some(n);
        }
    }
    None
}

/// Encodes pairs (in key order) as a page value: the encoding byte, the
/// decoded length, then the LZ4 block of `shared, suffix length, suffix,
/// value length, value` per pair, `shared` counting the bytes the key has
/// in common with the key before it.
fn encode_page<'p>(pairs: impl Iterator<Item = (&'p [u8], &'p [u8])>) -> Vec<u8> {
    let mut body = Vec::with_capacity(DEFAULT_PAGE_BYTES * 2);
    let mut previous: &[u8] = &[];
    for (key, value) in pairs {
        let shared = key.iter().zip(previous).take_while(|(a, b)| a == b).count();
        put_varint(&mut body, shared as u64);
        put_varint(&mut body, (key.len() - shared) as u64);
        body.extend_from_slice(&key[shared..]);
        put_varint(&mut body, value.len() as u64);
        body.extend_from_slice(value);
        previous = key;
    }
    let mut out = Vec::with_capacity(body.len() / 2 + 16);
    out.push(PAGE_ENCODING_LZ4);
    put_varint(&mut out, body.len() as u64);
    out.extend_from_slice(&lz4_flex::block::compress(&body));
    out
}

fn decode_page(page_key: &[u8], bytes: &[u8]) -> Result<Page> {
    let corrupt = |why: &str| Error::Corrupt {
        what: format!("page {}: {why}", String::from_utf8_lossy(page_key.get(1..).unwrap_or_default())),
    };
    let mut at = 0;
    match bytes.first() {
        Some(&PAGE_ENCODING_LZ4) => at += 1,
        Some(other) => return Err(corrupt(&format!("unknown page encoding {other}"))),
        None => return Err(corrupt("empty page record")),
    }
    let len = take_varint(bytes, &mut at).ok_or_else(|| corrupt("truncated header"))?;
    // Pages are split at a few kilobytes; a length far beyond that is damage,
    // and must not become a huge allocation.
    if len > 1 << 30 {
        return Err(corrupt("implausible decoded length"));
    }
    let body = lz4_flex::block::decompress(&bytes[at..], len as usize).map_err(|e| corrupt(&e.to_string()))?;
    let mut page = Page::default();
    let mut at = 0;
    let mut key: Vec<u8> = Vec::new();
    while at < body.len() {
        let shared = take_varint(&body, &mut at).ok_or_else(|| corrupt("truncated pair"))? as usize;
        let suffix = take_varint(&body, &mut at).ok_or_else(|| corrupt("truncated pair"))? as usize;
        if shared > key.len() {
            return Err(corrupt("a key shares more than the key before it has"));
        }
        let suffix_bytes = body.get(at..at.saturating_add(suffix)).ok_or_else(|| corrupt("truncated key"))?;
        at += suffix;
        key.truncate(shared);
        key.extend_from_slice(suffix_bytes);
        let vlen = take_varint(&body, &mut at).ok_or_else(|| corrupt("truncated pair"))? as usize;
        let value = body.get(at..at.saturating_add(vlen)).ok_or_else(|| corrupt("truncated value"))?;
        at += vlen;
        if page.len() > 0 && page.key(page.len() - 1) >= key.as_slice() {
            return Err(corrupt("keys out of order"));
        }
        page.push(&key, value);
    }
    if page.len() == 0 {
        return Err(corrupt("no pairs"));
    }
    if page.key(0) != &page_key[1..] {
        return Err(corrupt("its first key is not the key it is stored under"));
    }
    Ok(page)
}

fn page_key(first: &[u8]) -> Vec<u8> {
    let mut k = Vec::with_capacity(first.len() + 1);
    k.push(PAGE_TAG);
    k.extend_from_slice(first);
    k
}

fn is_page_key(key: &[u8]) -> bool {
    key.first() == Some(&PAGE_TAG)
}

/// Decoded pages by backend key, bounded in bytes. Two generations stand in
/// for least-recently-used order: pages enter the young one, a hit in the
/// old one moves the page young, and when the young generation fills up it
/// becomes the old one and the old one is dropped.
struct PageCache {
    young: HashMap<Vec<u8>, Arc<Page>>,
    old: HashMap<Vec<u8>, Arc<Page>>,
    young_bytes: usize,
    /// Bytes per generation.
    limit: usize,
}

impl PageCache {
    fn new(total_bytes: usize) -> PageCache {
        PageCache { young: HashMap::new(), old: HashMap::new(), young_bytes: 0, limit: total_bytes / 2 }
    }

    fn get(&mut self, key: &[u8]) -> Option<Arc<Page>> {
        if let Some(page) = self.young.get(key) {
            return Some(page.clone());
        }
        let page = self.old.remove(key)?;
        self.insert(key.to_vec(), page.clone());
        Some(page)
    }

    fn insert(&mut self, key: Vec<u8>, page: Arc<Page>) {
        if self.limit == 0 {
            return;
        }
        self.young_bytes += page.weight();
        if let Some(replaced) = self.young.insert(key, page) {
            self.young_bytes -= replaced.weight();
        }
        if self.young_bytes > self.limit {
            self.old = std::mem::take(&mut self.young);
            self.young_bytes = 0;
        }
    }

    fn clear(&mut self) {
        self.young.clear();
        self.old.clear();
        self.young_bytes = 0;
    }

    fn remove(&mut self, key: &[u8]) {
        if let Some(page) = self.young.remove(key) {
            self.young_bytes -= page.weight();
        }
        self.old.remove(key);
    }
}

/// A [`KvStore`] of logical pairs kept in pages on another [`KvStore`].
pub(crate) struct PagedKv {
    inner: Box<dyn KvStore>,
    page_bytes: usize,
    cache: Arc<Mutex<PageCache>>,
    /// Held shared while a page is read and cached, exclusively while a batch
    /// is applied, so that no reader caches a page the batch replaced.
    gate: Arc<RwLock<()>>,
}

impl PagedKv {
    pub(crate) fn new(inner: Box<dyn KvStore>) -> PagedKv {
        PagedKv::with_sizes(inner, DEFAULT_PAGE_BYTES, DEFAULT_PAGE_CACHE_BYTES)
    }

    /// Pages of about `page_bytes`, and a cache of `cache_bytes` of decoded pages.
    pub(crate) fn with_sizes(inner: Box<dyn KvStore>, page_bytes: usize, cache_bytes: usize) -> PagedKv {
        PagedKv {
            inner,
            page_bytes: page_bytes.max(1),
            cache: Arc::new(Mutex::new(PageCache::new(cache_bytes))),
            gate: Arc::new(RwLock::new(())),
        }
    }

    /// Whether a backend holds pages (its first key is a page key).
    pub(crate) fn holds_pages(inner: &dyn KvStore) -> Result<bool> {
        match inner.scan_from(&[]).next() {
            Some(item) => Ok(is_page_key(&item?.0)),
            None => Ok(false),
        }
    }

    /// The page whose range holds `key`: the last page whose first key is at
    /// most `key`, or (when `key` precedes every page) the first page.
    fn locate(&self, key: &[u8]) -> Result<Option<(Vec<u8>, Arc<Page>)>> {
        let found = match self.inner.floor(&page_key(key))? {
            Some(pair) if is_page_key(&pair.0) => Some(pair),
            _ => self.first_page_at_or_after(&[PAGE_TAG])?,
        };
        match found {
            Some((pk, bytes)) => Ok(Some((pk.clone(), self.decoded(pk, &bytes)?))),
            None => Ok(None),
        }
    }

    fn first_page_at_or_after(&self, start: &[u8]) -> Result<Option<Pair>> {
        match self.inner.scan_from(start).next() {
            Some(item) => {
                let pair = item?;
                Ok(is_page_key(&pair.0).then_some(pair))
            }
            None => Ok(None),
        }
    }

    /// The backend key of the page after the page `pk`.
    fn next_page_key(&self, pk: &[u8]) -> Result<Option<Vec<u8>>> {
        let mut after = pk.to_vec();
        after.push(0);
        Ok(self.first_page_at_or_after(&after)?.map(|(k, _)| k))
    }

    fn decoded(&self, pk: Vec<u8>, bytes: &[u8]) -> Result<Arc<Page>> {
        if let Some(page) = self.cache.lock().get(&pk) {
            return Ok(page);
        }
        let page = Arc::new(decode_page(&pk, bytes)?);
        self.cache.lock().insert(pk, page.clone());
        Ok(page)
    }

    /// Splits pairs into pages of about `page_bytes` (one page when they fit
    /// in two).
    fn paginate<'p>(&self, pairs: &'p [(Vec<u8>, Vec<u8>)]) -> Vec<&'p [(Vec<u8>, Vec<u8>)]> {
        let size = |p: &[(Vec<u8>, Vec<u8>)]| p.iter().map(|(k, v)| k.len() + v.len() + 4).sum::<usize>();
        if size(pairs) <= self.page_bytes * 2 {
            return if pairs.is_empty() { Vec::new() } else { vec![pairs] };
        }
        let mut pages = Vec::new();
        let (mut start, mut bytes) = (0, 0);
        for (i, (k, v)) in pairs.iter().enumerate() {
            bytes += k.len() + v.len() + 4;
            if bytes >= self.page_bytes {
                pages.push(&pairs[start..=i]);
                start = i + 1;
                bytes = 0;
            }
        }
        if start < pairs.len() {
            pages.push(&pairs[start..]);
        }
        pages
    }
}

impl KvStore for PagedKv {
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
        let _shared = self.gate.read();
        let Some((_, page)) = self.locate(key)? else { return Ok(None) };
        Ok(page.find(key).ok().map(|i| page.value(i).to_vec()))
    }

    fn floor(&self, key: &[u8]) -> Result<Option<Pair>> {
        let _shared = self.gate.read();
        let Some((_, page)) = self.locate(key)? else { return Ok(None) };
        match page.find(key) {
            Ok(i) => Ok(Some(page.pair(i))),
            // `key` precedes the first page: nothing is at or below it.
            Err(0) => Ok(None),
            Err(i) => Ok(Some(page.pair(i - 1))),
        }
    }

    fn scan_prefix(&self, prefix: &[u8]) -> KvIter {
        let prefix = prefix.to_vec();
        Box::new(self.scan_from(&prefix).take_while(move |item| match item {
            Ok((k, _)) => k.starts_with(&prefix),
            Err(_) => true,
        }))
    }

    fn scan_from(&self, start: &[u8]) -> KvIter {
        let first = {
            let _shared = self.gate.read();
            match self.inner.floor(&page_key(start)) {
                Ok(Some((pk, _))) if is_page_key(&pk) => pk,
                Ok(_) => vec![PAGE_TAG],
                Err(e) => return Box::new(std::iter::once(Err(e))),
            }
        };
        Box::new(PageScan {
            pages: self.inner.scan_from(&first),
            cache: self.cache.clone(),
            gate: self.gate.clone(),
            start: start.to_vec(),
            page: None,
            at: 0,
            failed: false,
        })
    }

    fn apply(&self, batch: WriteBatch) -> Result<()> {
        let _exclusive = self.gate.write();
        let mut backend = WriteBatch::default();
        let mut replaced: Vec<Vec<u8>> = Vec::new();
        let mut written: Vec<(Vec<u8>, Arc<Page>)> = Vec::new();
        let writes: Vec<(Vec<u8>, Option<Vec<u8>>)> = batch.writes.into_iter().collect();
        let mut i = 0;
        while i < writes.len() {
            // The page whose range holds this write, and where that range ends.
            let located = self.locate(&writes[i].0)?;
            let upper = match &located {
                Some((pk, _)) => self.next_page_key(pk)?,
                None => None,
            };
            let end = i + writes[i..]
                .iter()
                .take_while(|(k, _)| upper.as_ref().is_none_or(|u| k.as_slice() < &u[1..]))
                .count();
            let mut merged: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
            let old = located.as_ref().map(|(_, page)| page.clone());
            let old_len = old.as_ref().map_or(0, |p| p.len());
            let (mut a, mut b) = (0, i);
            while a < old_len || b < end {
                let take_old = match (a < old_len, b < end) {
                    (true, true) => old.as_ref().map(|p| p.key(a)).unwrap_or_default() < writes[b].0.as_slice(),
                    (true, false) => true,
                    _ => false,
                };
                if take_old {
                    if let Some(p) = &old {
                        merged.push(p.pair(a));
                    }
                    a += 1;
                    continue;
                }
                let (key, value) = &writes[b];
                if a < old_len && old.as_ref().map(|p| p.key(a)) == Some(key.as_slice()) {
                    a += 1; // replaced or deleted
                }
                if let Some(value) = value {
                    merged.push((key.clone(), value.clone()));
                }
                b += 1;
            }
            if let Some((pk, _)) = &located {
                backend.delete(pk.clone());
                replaced.push(pk.clone());
            }
            for pairs in self.paginate(&merged) {
                let pk = page_key(&pairs[0].0);
                let mut page = Page::default();
                for (k, v) in pairs {
                    page.push(k, v);
                }
                backend.put(pk.clone(), encode_page(pairs.iter().map(|(k, v)| (k.as_slice(), v.as_slice()))));
                written.push((pk, Arc::new(page)));
            }
            i = end;
        }
        self.inner.apply(backend)?;
        let mut cache = self.cache.lock();
        for pk in &replaced {
            cache.remove(pk);
        }
        for (pk, page) in written {
            cache.insert(pk, page);
        }
        Ok(())
    }

    fn flush(&self) -> Result<()> {
        self.inner.flush()
    }

    fn size_on_disk(&self) -> Result<u64> {
        self.inner.size_on_disk()
    }

    fn replace_all(&self, pairs: &mut dyn Iterator<Item = Result<Pair>>) -> Result<()> {
        let _exclusive = self.gate.write();
        let old: Vec<Vec<u8>> = self.inner.scan_from(&[]).map(|item| item.map(|(k, _)| k)).collect::<Result<_>>()?;
        let mut loader = PageLoader::new(self.inner.as_ref());
        loader.page_bytes = self.page_bytes;
        for pair in pairs {
            let (k, v) = pair?;
            loader.push(k, v)?;
        }
        loader.finish_keeping(old)?;
        self.cache.lock().clear();
        Ok(())
    }
}

/// A scan over pages: decodes (or finds cached) one page at a time.
struct PageScan {
    pages: KvIter,
    cache: Arc<Mutex<PageCache>>,
    gate: Arc<RwLock<()>>,
    start: Vec<u8>,
    page: Option<Arc<Page>>,
    at: usize,
    failed: bool,
}

impl Iterator for PageScan {
    type Item = Result<Pair>;

    fn next(&mut self) -> Option<Result<Pair>> {
        loop {
            if self.failed {
                return None;
            }
            if let Some(page) = &self.page {
                while self.at < page.len() {
                    let i = self.at;
                    self.at += 1;
                    if page.key(i) >= self.start.as_slice() {
                        return Some(Ok(page.pair(i)));
                    }
                }
                self.page = None;
            }
            let (pk, bytes) = match self.pages.next()? {
                Ok(pair) => pair,
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            };
            if !is_page_key(&pk) {
                return None;
            }
            let _shared = self.gate.read();
            let cached = self.cache.lock().get(&pk);
            let page = match cached {
                Some(page) => page,
                None => match decode_page(&pk, &bytes) {
                    Ok(page) => {
                        let page = Arc::new(page);
                        self.cache.lock().insert(pk, page.clone());
                        page
                    }
                    Err(e) => {
                        self.failed = true;
                        return Some(Err(e));
                    }
                },
            };
            self.page = Some(page);
            self.at = 0;
        }
    }
}

/// Writes pairs that arrive in strictly increasing key order into pages of
/// an empty paged store, a backend batch at a time. The bulk import's path:
/// pages are built once, full, instead of being rewritten as they grow.
pub(crate) struct PageLoader<'k> {
    inner: &'k dyn KvStore,
    page_bytes: usize,
    pending: Vec<(Vec<u8>, Vec<u8>)>,
    pending_bytes: usize,
    batch: WriteBatch,
    batch_bytes: usize,
    last: Option<Vec<u8>>,
    /// Backend keys written, so that old pages not overwritten are deleted.
    written: std::collections::HashSet<Vec<u8>>,
}

impl<'k> PageLoader<'k> {
    /// Backend bytes per batch.
    const BATCH_BYTES: usize = 8 * 1024 * 1024;

    pub(crate) fn new(inner: &'k dyn KvStore) -> PageLoader<'k> {
        PageLoader {
            inner,
            page_bytes: DEFAULT_PAGE_BYTES,
            pending: Vec::new(),
            pending_bytes: 0,
            batch: WriteBatch::default(),
            batch_bytes: 0,
            last: None,
            written: std::collections::HashSet::new(),
        }
    }

    pub(crate) fn push(&mut self, key: Vec<u8>, value: Vec<u8>) -> Result<()> {
        if self.last.as_ref().is_some_and(|last| *last >= key) {
            return Err(Error::Corrupt { what: "bulk load: keys out of order".into() });
        }
        self.last = Some(key.clone());
        self.pending_bytes += key.len() + value.len() + 4;
        self.pending.push((key, value));
        if self.pending_bytes >= self.page_bytes {
            self.seal()?;
        }
        Ok(())
    }

    fn seal(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let value = encode_page(self.pending.iter().map(|(k, v)| (k.as_slice(), v.as_slice())));
        self.batch_bytes += value.len();
        let pk = page_key(&self.pending[0].0);
        self.written.insert(pk.clone());
        self.batch.put(pk, value);
        self.pending.clear();
        self.pending_bytes = 0;
        if self.batch_bytes >= Self::BATCH_BYTES {
            self.inner.apply(std::mem::take(&mut self.batch))?;
            self.batch_bytes = 0;
        }
        Ok(())
    }

    #[cfg(test)]
    pub(crate) fn finish(self) -> Result<usize> {
        self.finish_keeping(Vec::new())
    }

    /// Finishes, deleting in the last batch the backend keys of `old` that
    /// were not written over; says how many pages were written.
    fn finish_keeping(mut self, old: Vec<Vec<u8>>) -> Result<usize> {
        self.seal()?;
        for k in old {
            if !self.written.contains(&k) {
                self.batch.delete(k);
            }
        }
        self.inner.apply(std::mem::take(&mut self.batch))?;
        self.inner.flush()?;
        Ok(self.written.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::kv::MemKv;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    fn small_pages(inner: MemKv) -> PagedKv {
        PagedKv::with_sizes(Box::new(inner), 40, 1024)
    }

    /// Checks the page invariants on the backend: page keys are first keys,
    /// pages are in order and none is empty.
    fn pages_are_well_formed(inner: &MemKv) {
        let mut last: Option<Vec<u8>> = None;
        for item in inner.scan_from(&[]) {
            let (pk, bytes) = item.unwrap();
            assert!(is_page_key(&pk));
            let page = decode_page(&pk, &bytes).unwrap();
            if let Some(last) = &last {
                assert!(last.as_slice() < page.key(0));
            }
            last = Some(page.key(page.len() - 1).to_vec());
        }
    }

    #[derive(Debug, Clone)]
    enum Op {
        Batch(Vec<(Vec<u8>, Option<Vec<u8>>)>),
        Get(Vec<u8>),
        Scan(Vec<u8>),
        Floor(Vec<u8>),
    }

    fn key() -> impl Strategy<Value = Vec<u8>> {
        prop::collection::vec(prop::sample::select(vec![0u8, 1, 2, b'a', b'b', 0xFF]), 0..6)
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            3 => prop::collection::vec((key(), prop::option::of(prop::collection::vec(any::<u8>(), 0..12))), 1..20).prop_map(Op::Batch),
            1 => key().prop_map(Op::Get),
            1 => key().prop_map(Op::Scan),
            1 => key().prop_map(Op::Floor),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn pages_behave_like_a_sorted_map(ops in prop::collection::vec(op(), 1..40)) {
            let inner = MemKv::new();
            let kv = small_pages(inner.clone());
            let mut model: BTreeMap<Vec<u8>, Vec<u8>> = BTreeMap::new();
            for op in ops {
                match op {
                    Op::Batch(writes) => {
                        let mut batch = WriteBatch::default();
                        for (k, v) in writes {
                            match v {
                                Some(v) => { model.insert(k.clone(), v.clone()); batch.put(k, v) }
                                None => { model.remove(&k); batch.delete(k) }
                            }
                        }
                        kv.apply(batch).unwrap();
                        pages_are_well_formed(&inner);
                    }
                    Op::Get(k) => prop_assert_eq!(kv.get(&k).unwrap(), model.get(&k).cloned()),
                    Op::Scan(k) => {
                        let got: Vec<Pair> = kv.scan_prefix(&k).map(|r| r.unwrap()).collect();
                        let want: Vec<Pair> = model.range(k.clone()..).take_while(|(x, _)| x.starts_with(&k))
                            .map(|(a, b)| (a.clone(), b.clone())).collect();
                        prop_assert_eq!(got, want);
                        let got: Vec<Pair> = kv.scan_from(&k).map(|r| r.unwrap()).collect();
                        let want: Vec<Pair> = model.range(k.clone()..).map(|(a, b)| (a.clone(), b.clone())).collect();
                        prop_assert_eq!(got, want);
                    }
                    Op::Floor(k) => {
                        let want = model.range(..=k.clone()).next_back().map(|(a, b)| (a.clone(), b.clone()));
                        prop_assert_eq!(kv.floor(&k).unwrap(), want);
                    }
                }
            }
            // A fresh view of the same backend (an empty cache) reads the same.
            let reopened = small_pages(inner.clone());
            let all: Vec<Pair> = reopened.scan_from(&[]).map(|r| r.unwrap()).collect();
            let want: Vec<Pair> = model.into_iter().collect();
            prop_assert_eq!(all, want);
        }
    }

    #[test]
    fn the_loader_writes_what_the_pages_read_back() {
        let inner = MemKv::new();
        let mut loader = PageLoader::new(&inner);
        let pairs: Vec<Pair> = (0u32..20_000).map(|i| (i.to_be_bytes().to_vec(), vec![b'v'; (i % 7) as usize])).collect();
        for (k, v) in &pairs {
            loader.push(k.clone(), v.clone()).unwrap();
        }
        assert!(loader.push(vec![0], vec![]).is_err(), "out of order");
        loader.finish().unwrap();
        pages_are_well_formed(&inner);
        assert!(inner.scan_from(&[]).count() > 10, "more than a few pages");
        let kv = PagedKv::new(Box::new(inner));
        assert_eq!(kv.scan_from(&[]).map(|r| r.unwrap()).collect::<Vec<_>>(), pairs);
        assert_eq!(kv.get(&12_345u32.to_be_bytes()).unwrap(), Some(vec![b'v'; 12_345 % 7]));
    }

    #[test]
    fn damaged_pages_are_errors_not_panics() {
        let pk = page_key(b"a");
        let good = encode_page([(&b"a"[..], &b"1"[..]), (&b"ab"[..], &b"2"[..])].into_iter());
        assert_eq!(decode_page(&pk, &good).unwrap().len(), 2);
        for cut in 0..good.len() {
            assert!(decode_page(&pk, &good[..cut]).is_err(), "cut at {cut}");
        }
        let mut other = good.clone();
        other[0] = 9;
        assert!(decode_page(&pk, &other).unwrap_err().to_string().contains("encoding 9"));
        assert!(decode_page(&page_key(b"b"), &good).is_err(), "stored under another key");
    }
}
