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
//! A page read for the first time is not decoded: a point read walks its
//! body to the one pair it wants, and a scan walks it key by key. A page
//! read again soon after is decoded and cached ([`Paged::seen_before`]).
//!
//! Invariants: every backend key of a page is [`PAGE_TAG`] followed by the
//! page's first logical key; a page holds the logical keys from its own
//! first key up to (not including) the next page's first key; no page is
//! empty. One logical batch becomes one backend batch, so a page split or a
//! re-keyed page is as atomic as the logical writes that caused it.

use super::kv::{KeyScan, KvIter, KvStore, Pair, WriteBatch};
use crate::error::{Error, Result};
use parking_lot::{Mutex, RwLock};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;
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
pub(crate) const DEFAULT_PAGE_CACHE_BYTES: usize = 32 * 1024 * 1024;

/// One decoded page: its keys laid end to end, and its values where they
/// lie in `data` (a decoded page's decompressed body, so that decoding
/// copies only the keys; a built page's values laid end to end).
#[derive(Debug, Default)]
pub(crate) struct Page {
    keys: Vec<u8>,
    data: Vec<u8>,
    slots: Vec<Slot>,
}

/// Where one pair of a [`Page`] is: its key ends at `key_end` in the keys,
/// its value is `data[value_start..value_end]`.
#[derive(Debug, Clone, Copy)]
struct Slot {
    key_end: u32,
    value_start: u32,
    value_end: u32,
}

impl Page {
    fn len(&self) -> usize {
        self.slots.len()
    }

    fn key(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.slots[i - 1].key_end as usize };
        &self.keys[start..self.slots[i].key_end as usize]
    }

    fn value(&self, i: usize) -> &[u8] {
        let slot = self.slots[i];
        &self.data[slot.value_start as usize..slot.value_end as usize]
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
        let value_start = self.data.len() as u32;
        self.data.extend_from_slice(value);
        self.slots.push(Slot { key_end: self.keys.len() as u32, value_start, value_end: self.data.len() as u32 });
    }

    /// Bytes this page takes decoded (what the cache counts).
    fn weight(&self) -> usize {
        self.keys.len() + self.data.len() + self.slots.len() * std::mem::size_of::<Slot>() + 64
    }

    fn pair(&self, i: usize) -> Pair {
        (self.key(i).to_vec(), self.value(i).to_vec())
    }

    #[cfg(test)]
    fn pairs(&self) -> Vec<Pair> {
        (0..self.len()).map(|i| self.pair(i)).collect()
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

fn corrupt_page(page_key: &[u8], why: &str) -> Error {
    Error::Corrupt { what: format!("page {}: {why}", String::from_utf8_lossy(page_key.get(1..).unwrap_or_default())) }
}

/// Decompresses the page record `bytes`, stored under `page_key`, into
/// `body` (which it replaces).
fn decompress_body(page_key: &[u8], bytes: &[u8], body: &mut Vec<u8>) -> Result<()> {
    let mut at = 0;
    match bytes.first() {
        Some(&PAGE_ENCODING_LZ4) => at += 1,
        Some(other) => return Err(corrupt_page(page_key, &format!("unknown page encoding {other}"))),
        None => return Err(corrupt_page(page_key, "empty page record")),
    }
    let len = take_varint(bytes, &mut at).ok_or_else(|| corrupt_page(page_key, "truncated header"))?;
    // Pages are split at a few kilobytes; a length far beyond that is damage,
    // and must not become a huge allocation.
    if len > 1 << 30 {
        return Err(corrupt_page(page_key, "implausible decoded length"));
    }
    body.clear();
    body.resize(len as usize, 0);
    let written = lz4_flex::block::decompress_into(&bytes[at..], body).map_err(|e| corrupt_page(page_key, &e.to_string()))?;
    if written != body.len() {
        return Err(corrupt_page(page_key, "shorter than its header says"));
    }
    Ok(())
}

/// One pair of a page body as encoded: how many bytes its key shares with
/// the key before it, the rest of its key, and where its value lies.
struct EncodedPair<'b> {
    shared: usize,
    suffix: &'b [u8],
    value: std::ops::Range<usize>,
}

/// Reads the pair at `*at` of a page body and moves past it; `None` when
/// the body ends inside it.
#[inline]
fn take_pair<'b>(body: &'b [u8], at: &mut usize) -> Option<EncodedPair<'b>> {
    let shared = take_varint(body, at)? as usize;
    let suffix_len = take_varint(body, at)? as usize;
    let suffix = body.get(*at..at.checked_add(suffix_len)?)?;
    *at += suffix_len;
    let value_len = take_varint(body, at)? as usize;
    let value = *at..at.checked_add(value_len)?;
    body.get(value.clone())?;
    *at = value.end;
    Some(EncodedPair { shared, suffix, value })
}

/// Whether a key of `shared` bytes of `previous` and then `suffix` comes
/// after `previous` (for the page's first key: whether it shares nothing).
/// Keys are in strictly increasing order and the encoder elides the whole
/// shared prefix, so a key is greater than the one before it exactly when
/// its first unshared byte is, or when it extends it: one byte compared
/// instead of two keys. `shared` is at most `previous.len()`.
#[inline]
fn follows(previous: &[u8], first: bool, shared: usize, suffix: &[u8]) -> bool {
    match (first, suffix.first()) {
        (true, _) => shared == 0,
        (false, None) => false,
        (false, Some(&byte)) => shared == previous.len() || byte > previous[shared],
    }
}

fn decode_page(page_key: &[u8], bytes: &[u8]) -> Result<Page> {
    let corrupt = |why: &str| corrupt_page(page_key, why);
    let mut body = Vec::new();
    decompress_body(page_key, bytes, &mut body)?;
    // Sized once: keys take at most a few times their share of the body
    // (their shared prefixes are elided there), and a pair takes at least
    // three bytes of it.
    let mut keys: Vec<u8> = Vec::with_capacity(body.len() / 2);
    let mut slots: Vec<Slot> = Vec::with_capacity(body.len() / 24 + 1);
    let mut previous = 0..0;
    let mut at = 0;
    while at < body.len() {
        let EncodedPair { shared, suffix, value } = take_pair(&body, &mut at).ok_or_else(|| corrupt("truncated pair"))?;
        let previous_len = previous.end - previous.start;
        if shared > previous_len {
            return Err(corrupt("a key shares more than the key before it has"));
        }
        if !follows(&keys[previous.clone()], slots.is_empty(), shared, suffix) {
            return Err(corrupt("keys out of order"));
        }
        let start = keys.len();
        keys.extend_from_within(previous.start..previous.start + shared);
        keys.extend_from_slice(suffix);
        previous = start..keys.len();
        if value.end > u32::MAX as usize || keys.len() > u32::MAX as usize {
            return Err(corrupt("implausibly large"));
        }
        slots.push(Slot { key_end: keys.len() as u32, value_start: value.start as u32, value_end: value.end as u32 });
    }
    let page = Page { keys, data: body, slots };
    if page.len() == 0 {
        return Err(corrupt("no pairs"));
    }
    if page.key(0) != &page_key[1..] {
        return Err(corrupt("its first key is not the key it is stored under"));
    }
    Ok(page)
}

thread_local! {
    /// The body [`find_encoded`] decompresses into, kept between calls so
    /// that a point read allocates only the value it returns.
    static POINT_BODY: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The value of `key` in the page record `bytes` stored under `page_key`,
/// found without decoding the page: the body is decompressed and its pairs
/// are walked, keys unbuilt, up to `key` or the first key past it.
///
/// Why: decoding a page builds all its few hundred keys, some forty
/// thousand instructions, and a point read needs one pair. The walk keeps
/// `matched`, how many bytes the key before agrees with `key`; keys rise,
/// so a key that shares less with its predecessor than that is past `key`,
/// one that shares more is still below it, and only an equal share needs
/// bytes compared.
fn find_encoded(page_key: &[u8], bytes: &[u8], key: &[u8]) -> Result<Option<Vec<u8>>> {
    POINT_BODY.with_borrow_mut(|body| {
        decompress_body(page_key, bytes, body)?;
        let corrupt = |why: &str| corrupt_page(page_key, why);
        let mut at = 0;
        let mut matched = 0;
        let mut previous_len = 0;
        let mut first = true;
        while at < body.len() {
            let pair = take_pair(body, &mut at).ok_or_else(|| corrupt("truncated pair"))?;
            if pair.shared > previous_len {
                return Err(corrupt("a key shares more than the key before it has"));
            }
            if first {
                if pair.shared != 0 || pair.suffix != &page_key[1..] {
                    return Err(corrupt("its first key is not the key it is stored under"));
                }
                first = false;
            } else if pair.shared < matched {
                return Ok(None);
            } else if pair.shared > matched {
                previous_len = pair.shared + pair.suffix.len();
                continue;
            }
            // The key agrees with `key` on its first `matched` bytes; its
            // suffix decides.
            let rest = &key[matched.min(key.len())..];
            let common = pair.suffix.iter().zip(rest).take_while(|(a, b)| a == b).count();
            previous_len = pair.shared + pair.suffix.len();
            match pair.suffix[common..].first().cmp(&rest.get(common)) {
                std::cmp::Ordering::Equal => return Ok(Some(body[pair.value].to_vec())),
                std::cmp::Ordering::Greater => return Ok(None),
                std::cmp::Ordering::Less => matched += common,
            }
        }
        if first {
            return Err(corrupt("no pairs"));
        }
        Ok(None)
    })
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

/// A decoded page, where it is, and where the next page starts.
#[derive(Clone)]
struct Located {
    /// The page's backend key.
    pk: Vec<u8>,
    page: Arc<Page>,
    /// The next page's backend key (`None`: this is the last page). The page
    /// covers every key from its own up to this one: a look-up that finds
    /// such a fence in the cache needs no backend read at all.
    next: Option<Vec<u8>>,
}

impl Located {
    fn covers(&self, pk: &[u8]) -> bool {
        self.pk.as_slice() <= pk && self.next.as_ref().is_none_or(|n| pk < n.as_slice())
    }
}

/// Decoded pages by backend key, with their fences, bounded in bytes. Two
/// generations stand in for least-recently-used order: pages enter the
/// young one, a hit in the old one moves the page young, and when the young
/// generation fills up it becomes the old one and the old one is dropped.
///
/// A fence stays true while its page is cached: a batch replaces exactly the
/// pages whose ranges its keys fall in (and removes them from the cache), so
/// a page that starts inside a cached page's range can only come from
/// replacing that page.
struct PageCache {
    young: PageMap<Located>,
    old: PageMap<Located>,
    young_bytes: usize,
    /// Bytes per generation.
    limit: usize,
}

impl PageCache {
    fn new(total_bytes: usize) -> PageCache {
        PageCache { young: PageMap::default(), old: PageMap::default(), young_bytes: 0, limit: total_bytes / 2 }
    }

    /// The cached page whose range holds the backend key `pk`.
    fn covering(&mut self, pk: &[u8]) -> Option<Located> {
        let covers = |(_, hit): &(&[u8], &Located)| hit.covers(pk);
        if let Some((_, hit)) = before(&self.young, Bound::Included(pk)).filter(covers) {
            return Some(hit.clone());
        }
        let start = before(&self.old, Bound::Included(pk)).filter(covers)?.0.to_vec();
        let hit = self.old.remove(&start)?;
        self.insert(hit.clone());
        Some(hit)
    }

    fn insert(&mut self, located: Located) {
        if self.limit == 0 {
            return;
        }
        self.young_bytes += located.page.weight();
        if let Some(replaced) = self.young.insert(located.pk.clone(), located) {
            self.young_bytes -= replaced.page.weight();
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

    /// Drops the cached page whose fence is `pk`.
    fn drop_fenced_at(&mut self, pk: &[u8]) {
        for young in [true, false] {
            let map = if young { &self.young } else { &self.old };
            let fenced = before(map, Bound::Excluded(pk)).filter(|(_, l)| l.next.as_deref() == Some(pk));
            if let Some(k) = fenced.map(|(k, _)| k.to_vec()) {
                self.remove(&k);
            }
        }
    }

    fn remove(&mut self, pk: &[u8]) {
        if let Some(gone) = self.young.remove(pk) {
            self.young_bytes -= gone.page.weight();
        }
        self.old.remove(pk);
    }
}

/// The last cached page whose key is below `bound`.
fn before<'m>(map: &'m PageMap<Located>, bound: Bound<&[u8]>) -> Option<(&'m [u8], &'m Located)> {
    map.range((Bound::Unbounded, bound)).next_back()
}

/// A page key with its first 16 bytes also held inline as one big-endian
/// number. Why: a map of a few hundred thousand pages compares a key at
/// every step of a look-up, and comparing two `Vec`s reads both from the
/// heap, a cache miss each; page keys nearly always differ within their
/// first 16 bytes, so the inline numbers settle the order on their own.
struct PageKey {
    head: u128,
    bytes: Box<[u8]>,
}

/// The first 16 bytes of a key, zero-padded, as a big-endian number. Two
/// heads that differ order their keys as the bytes do (a key shorter than
/// 16 bytes is padded with zeros, which sort first, as the shorter key does).
fn head_of(bytes: &[u8]) -> u128 {
    let mut head = [0u8; 16];
    let n = bytes.len().min(16);
    head[..n].copy_from_slice(&bytes[..n]);
    u128::from_be_bytes(head)
}

/// What the map orders by: a stored [`PageKey`] or a look-up's [`Probe`],
/// so that a look-up borrows its key instead of allocating one.
trait KeyView {
    fn head(&self) -> u128;
    fn bytes(&self) -> &[u8];
}

impl KeyView for PageKey {
    fn head(&self) -> u128 {
        self.head
    }
    fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// A look-up's key, on the stack.
struct Probe<'k> {
    head: u128,
    bytes: &'k [u8],
}

impl<'k> Probe<'k> {
    fn new(bytes: &'k [u8]) -> Probe<'k> {
        Probe { head: head_of(bytes), bytes }
    }
}

impl KeyView for Probe<'_> {
    fn head(&self) -> u128 {
        self.head
    }
    fn bytes(&self) -> &[u8] {
        self.bytes
    }
}

impl<'a> std::borrow::Borrow<dyn KeyView + 'a> for PageKey {
    fn borrow(&self) -> &(dyn KeyView + 'a) {
        self
    }
}

impl Ord for dyn KeyView + '_ {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.head().cmp(&other.head()).then_with(|| self.bytes().cmp(other.bytes()))
    }
}

impl PartialOrd for dyn KeyView + '_ {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for dyn KeyView + '_ {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for dyn KeyView + '_ {}

// A stored key orders exactly as its view does, so that look-ups by a
// probe and the map's own order agree.
impl Ord for PageKey {
    fn cmp(&self, other: &PageKey) -> std::cmp::Ordering {
        (self as &dyn KeyView).cmp(other as &dyn KeyView)
    }
}

impl PartialOrd for PageKey {
    fn partial_cmp(&self, other: &PageKey) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for PageKey {
    fn eq(&self, other: &PageKey) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for PageKey {}

/// An ordered map from page keys to `V`, looked up by byte slices.
struct PageMap<V>(BTreeMap<PageKey, V>);

impl<V> Default for PageMap<V> {
    fn default() -> Self {
        PageMap(BTreeMap::new())
    }
}

impl<V> PageMap<V> {
    fn get(&self, pk: &[u8]) -> Option<&V> {
        self.0.get(&Probe::new(pk) as &dyn KeyView)
    }

    fn contains_key(&self, pk: &[u8]) -> bool {
        self.0.contains_key(&Probe::new(pk) as &dyn KeyView)
    }

    fn insert(&mut self, pk: Vec<u8>, value: V) -> Option<V> {
        self.0.insert(PageKey { head: head_of(&pk), bytes: pk.into_boxed_slice() }, value)
    }

    fn remove(&mut self, pk: &[u8]) -> Option<V> {
        self.0.remove(&Probe::new(pk) as &dyn KeyView)
    }

    fn clear(&mut self) {
        self.0.clear()
    }

    fn range(&self, (lo, hi): (Bound<&[u8]>, Bound<&[u8]>)) -> impl DoubleEndedIterator<Item = (&[u8], &V)> {
        fn view<'b, 'k>(b: &'b Bound<Probe<'k>>) -> Bound<&'b (dyn KeyView + 'k)> {
            match b {
                Bound::Included(p) => Bound::Included(p),
                Bound::Excluded(p) => Bound::Excluded(p),
                Bound::Unbounded => Bound::Unbounded,
            }
        }
        let (lo, hi) = (lo.map(Probe::new), hi.map(Probe::new));
        self.0.range::<dyn KeyView, _>((view(&lo), view(&hi))).map(|(k, v)| (&*k.bytes, v))
    }

    #[cfg(test)]
    fn iter(&self) -> impl Iterator<Item = (&[u8], &V)> {
        self.0.iter().map(|(k, v)| (&*k.bytes, v))
    }

    #[cfg(test)]
    fn values(&self) -> impl Iterator<Item = &V> {
        self.0.values()
    }
}

/// Compressed pages held in memory by [`PagedKv::prewarm`], so that a look-up
/// in them reads nothing from the backend. Within each of `ranges` (backend
/// key ranges, start included, end excluded) `pages` holds exactly the pages
/// the backend holds: every batch that writes there writes here too.
///
/// Why: a backend read that misses the backend's cache costs tens of
/// microseconds (sled materialises a whole leaf of pages), which is most of
/// a point query on a large graph; a page held here costs its decompression.
#[derive(Default)]
struct Resident {
    ranges: Vec<(Vec<u8>, Vec<u8>)>,
    pages: PageMap<Arc<[u8]>>,
    /// Bytes held (keys and compressed pages).
    bytes: usize,
}

impl Resident {
    fn range_of(&self, pk: &[u8]) -> Option<&(Vec<u8>, Vec<u8>)> {
        self.ranges.iter().find(|(start, end)| start.as_slice() <= pk && pk < end.as_slice())
    }

    /// The next page after `pk` if it is in `pk`'s range (then it is the
    /// backend's next page too).
    fn next_after(&self, pk: &[u8], end: &[u8]) -> Option<Option<Vec<u8>>> {
        let next = self.pages.range((Bound::Excluded(pk), Bound::Excluded(end))).next();
        next.map(|(k, _)| Some(k.to_vec()))
    }

    /// The page whose range holds the backend key `wanted`, if a resident
    /// range holds both `wanted` and that page.
    fn covering(&self, wanted: &[u8]) -> Option<(Vec<u8>, Arc<[u8]>)> {
        let (start, _) = self.range_of(wanted)?;
        let (pk, bytes) = self.pages.range((Bound::Included(start.as_slice()), Bound::Included(wanted))).next_back()?;
        Some((pk.to_vec(), bytes.clone()))
    }

    /// The key of the page after the resident page `pk`, when the resident
    /// pages know it (`None`: ask the backend).
    fn next_of(&self, pk: &[u8]) -> Option<Option<Vec<u8>>> {
        let (_, end) = self.range_of(pk)?;
        self.next_after(pk, end)
    }

    /// `Some(found)` when a resident range holds `pk` (found or not), `None`
    /// when only the backend can say.
    fn exact(&self, pk: &[u8]) -> Option<Option<Arc<[u8]>>> {
        self.range_of(pk)?;
        Some(self.pages.get(pk).cloned())
    }

    /// The resident part of a backend batch about to be applied.
    fn mirror_of(&self, batch: &WriteBatch) -> Vec<(Vec<u8>, Option<Arc<[u8]>>)> {
        if self.ranges.is_empty() {
            return Vec::new();
        }
        let resident = batch.writes.iter().filter(|(k, _)| self.range_of(k).is_some());
        resident.map(|(k, v)| (k.clone(), v.as_deref().map(Arc::from))).collect()
    }

    fn apply(&mut self, mirror: Vec<(Vec<u8>, Option<Arc<[u8]>>)>) {
        for (pk, bytes) in mirror {
            let key_len = pk.len();
            let added = bytes.as_ref().map_or(0, |b| key_len + b.len());
            if let Some(gone) = match bytes {
                Some(b) => self.pages.insert(pk, b),
                None => self.pages.remove(&pk),
            } {
                self.bytes -= key_len + gone.len();
            }
            self.bytes += added;
        }
    }
}

/// A page's record, not yet decoded, and where it is.
struct Encoded {
    pk: Vec<u8>,
    bytes: EncodedBytes,
}

/// A page as [`Paged::find_page`] finds it.
enum Found {
    Decoded(Located),
    Encoded(Encoded),
}

enum EncodedBytes {
    /// Held by [`Resident`].
    Resident(Arc<[u8]>),
    /// Read from the backend.
    Read(Vec<u8>),
}

impl EncodedBytes {
    fn as_slice(&self) -> &[u8] {
        match self {
            EncodedBytes::Resident(bytes) => bytes,
            EncodedBytes::Read(bytes) => bytes,
        }
    }
}

/// Slots of [`Paged::seen_before`]: enough to tell a page read twice within
/// a few thousand point reads.
const SEEN_SLOTS: usize = 4096;

/// A [`KvStore`] of logical pairs kept in pages on another [`KvStore`].
pub(crate) struct PagedKv {
    paged: Arc<Paged>,
}

/// What a [`PagedKv`] and its scans share.
struct Paged {
    inner: Box<dyn KvStore>,
    page_bytes: usize,
    cache: Mutex<PageCache>,
    resident: RwLock<Resident>,
    /// One prewarm at a time.
    prewarming: Mutex<()>,
    /// Held shared while a page is found, read and cached, exclusively while
    /// a batch is applied, so that no reader caches a page the batch replaced.
    gate: RwLock<()>,
    /// Hashes of pages point reads walked (see [`Paged::seen_before`]).
    seen: Box<[std::sync::atomic::AtomicU64]>,
}

impl PagedKv {
    pub(crate) fn new(inner: Box<dyn KvStore>) -> PagedKv {
        PagedKv::with_sizes(inner, DEFAULT_PAGE_BYTES, DEFAULT_PAGE_CACHE_BYTES)
    }

    /// Pages of about `page_bytes`, and a cache of `cache_bytes` of decoded pages.
    pub(crate) fn with_sizes(inner: Box<dyn KvStore>, page_bytes: usize, cache_bytes: usize) -> PagedKv {
        PagedKv {
            paged: Arc::new(Paged {
                inner,
                page_bytes: page_bytes.max(1),
                cache: Mutex::new(PageCache::new(cache_bytes)),
                resident: RwLock::new(Resident::default()),
                prewarming: Mutex::new(()),
                gate: RwLock::new(()),
                seen: (0..SEEN_SLOTS).map(|_| std::sync::atomic::AtomicU64::new(0)).collect(),
            }),
        }
    }

    /// Whether a backend holds pages (its first key is a page key).
    pub(crate) fn holds_pages(inner: &dyn KvStore) -> Result<bool> {
        Ok(inner.key_at_or_after(&[])?.is_some_and(|k| is_page_key(&k)))
    }
}

impl Paged {
    /// The page whose range holds `key`: the last page whose first key is at
    /// most `key`, or (when `key` precedes every page) the first page.
    fn locate(&self, key: &[u8]) -> Result<Option<Located>> {
        let wanted = page_key(key);
        if let Some(hit) = self.cache.lock().covering(&wanted) {
            return Ok(Some(hit));
        }
        let Some(encoded) = self.encoded(&wanted)? else { return Ok(None) };
        self.decode_encoded(encoded).map(Some)
    }

    /// The record of the page whose range holds the backend key `wanted`,
    /// undecoded, from the resident pages or one backend read.
    fn encoded(&self, wanted: &[u8]) -> Result<Option<Encoded>> {
        if let Some((pk, bytes)) = self.resident.read().covering(wanted) {
            return Ok(Some(Encoded { pk, bytes: EncodedBytes::Resident(bytes) }));
        }
        let (pk, bytes) = match self.inner.floor(wanted)? {
            Some(pair) if is_page_key(&pair.0) => pair,
            _ => match self.inner.key_at_or_after(&[PAGE_TAG])? {
                Some(pk) if is_page_key(&pk) => {
                    let bytes = self.inner.get(&pk)?.unwrap_or_default();
                    (pk, bytes)
                }
                _ => return Ok(None),
            },
        };
        Ok(Some(Encoded { pk, bytes: EncodedBytes::Read(bytes) }))
    }

    /// Decodes and caches a page record found by [`Paged::encoded`].
    fn decode_encoded(&self, Encoded { pk, bytes }: Encoded) -> Result<Located> {
        let next = match &bytes {
            // The resident pages know the fence unless the page ends their range.
            EncodedBytes::Resident(_) => self.resident.read().next_of(&pk),
            EncodedBytes::Read(_) => None,
        };
        self.decode_and_cache(pk, bytes.as_slice(), next)
    }

    /// Whether a page read by a point look-up is worth decoding and caching:
    /// yes when it was read recently before, which `seen` (one page-key hash
    /// per slot) remembers. A page read once is only walked.
    fn seen_before(&self, pk: &[u8]) -> bool {
        let mut hash = std::hash::BuildHasher::hash_one(&foldhash::fast::FixedState::with_seed(0x5eed), pk);
        hash |= 1; // 0 is an empty slot
        let slot = &self.seen[(hash >> 40) as usize % self.seen.len()];
        slot.swap(hash, std::sync::atomic::Ordering::Relaxed) == hash
    }

    /// Decodes a page and caches it with its fence (`next`, or when that is
    /// not known, read from the backend).
    fn decode_and_cache(&self, pk: Vec<u8>, bytes: &[u8], next: Option<Option<Vec<u8>>>) -> Result<Located> {
        let page = Arc::new(decode_page(&pk, bytes)?);
        let next = match next {
            Some(known) => known,
            None => self.next_page_key(&pk)?,
        };
        let located = Located { pk, page, next };
        self.cache.lock().insert(located.clone());
        Ok(located)
    }

    /// Reads the pages of each key tag in `tags`, in that order, into the
    /// resident pages while they fit in `budget` bytes (a tag that does not
    /// fit is skipped whole). Returns the bytes resident.
    fn prewarm(&self, tags: &[u8], budget: usize) -> Result<usize> {
        let _one = self.prewarming.lock();
        for &tag in tags {
            // Held shared: no batch changes pages while they are read.
            let _shared = self.gate.read();
            let start = vec![PAGE_TAG, tag];
            let end = if tag == u8::MAX { vec![PAGE_TAG + 1] } else { vec![PAGE_TAG, tag + 1] };
            if self.resident.read().ranges.iter().any(|(_, e)| *e == end) {
                continue;
            }
            // The range starts at the page holding the tag's first key, which
            // may begin among the keys of the tag before.
            let first = match self.inner.floor(&start)? {
                Some((pk, _)) if is_page_key(&pk) => pk,
                _ => start,
            };
            let held = self.resident.read().bytes;
            let mut pages = Vec::new();
            let mut bytes = 0;
            let mut fits = true;
            for item in self.inner.scan_from(&first) {
                let (pk, value) = item?;
                if pk >= end {
                    break;
                }
                bytes += pk.len() + value.len();
                if held + bytes > budget {
                    fits = false;
                    break;
                }
                pages.push((pk, Arc::from(value)));
            }
            if fits {
                let mut resident = self.resident.write();
                // A page shared with the range of the tag before is held once.
                let added: Vec<(Vec<u8>, Option<Arc<[u8]>>)> = pages
                    .into_iter()
                    .filter(|(pk, _)| !resident.pages.contains_key(pk))
                    .map(|(pk, v)| (pk, Some(v)))
                    .collect();
                resident.apply(added);
                resident.ranges.push((first, end));
            }
        }
        Ok(self.resident.read().bytes)
    }

    /// The record of the page stored under exactly `pk`, undecoded, if
    /// there is one.
    fn encoded_at(&self, pk: &[u8]) -> Result<Option<Encoded>> {
        let resident = self.resident.read().exact(pk);
        let bytes = match resident {
            Some(found) => found.map(EncodedBytes::Resident),
            None => self.inner.get(pk)?.map(EncodedBytes::Read),
        };
        Ok(bytes.map(|bytes| Encoded { pk: pk.to_vec(), bytes }))
    }

    /// The page stored under `target` when there is one, else the page whose
    /// range holds the backend key `wanted`: decoded when it is cached or
    /// worth caching ([`Paged::seen_before`]), else as its record.
    fn find_page(&self, target: Option<&[u8]>, wanted: &[u8]) -> Result<Option<Found>> {
        if let Some(pk) = target {
            if let Some(hit) = self.cache.lock().covering(pk).filter(|hit| hit.pk == pk) {
                return Ok(Some(Found::Decoded(hit)));
            }
            if let Some(encoded) = self.encoded_at(pk)? {
                return self.admit(encoded).map(Some);
            }
        }
        if let Some(hit) = self.cache.lock().covering(wanted) {
            return Ok(Some(Found::Decoded(hit)));
        }
        match self.encoded(wanted)? {
            Some(encoded) => self.admit(encoded).map(Some),
            None => Ok(None),
        }
    }

    fn admit(&self, encoded: Encoded) -> Result<Found> {
        if self.seen_before(&encoded.pk) {
            self.decode_encoded(encoded).map(Found::Decoded)
        } else {
            Ok(Found::Encoded(encoded))
        }
    }

    /// The key of the page after the page `pk`, from the resident pages when
    /// they know it.
    fn next_of(&self, pk: &[u8]) -> Result<Option<Vec<u8>>> {
        let known = self.resident.read().next_of(pk);
        match known {
            Some(next) => Ok(next),
            None => self.next_page_key(pk),
        }
    }

    /// The backend key of the page after the page `pk`.
    fn next_page_key(&self, pk: &[u8]) -> Result<Option<Vec<u8>>> {
        let mut after = pk.to_vec();
        after.push(0);
        Ok(self.inner.key_at_or_after(&after)?.filter(|k| is_page_key(k)))
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

    fn apply(&self, batch: WriteBatch) -> Result<()> {
        let _exclusive = self.gate.write();
        let mut backend = WriteBatch::default();
        // Per page replaced (in key order): where it was, the pages written
        // for it, and the page after it before the batch.
        let mut groups: Vec<(Option<Vec<u8>>, Vec<Located>, Option<Vec<u8>>)> = Vec::new();
        let writes: Vec<(Vec<u8>, Option<Vec<u8>>)> = batch.writes.into_iter().collect();
        let mut i = 0;
        while i < writes.len() {
            // The page whose range holds this write, and where that range
            // ends (its fence: a cached fence is true, see `PageCache`).
            let located = self.locate(&writes[i].0)?;
            let upper = located.as_ref().and_then(|l| l.next.clone());
            let end = i + writes[i..]
                .iter()
                .take_while(|(k, _)| upper.as_ref().is_none_or(|u| k.as_slice() < &u[1..]))
                .count();
            // The page's pairs with this range's writes merged in.
            let old: Arc<Page> = located.as_ref().map(|l| l.page.clone()).unwrap_or_default();
            let mut merged: Vec<(Vec<u8>, Vec<u8>)> = Vec::with_capacity(old.len() + end - i);
            let (mut a, mut b) = (0, i);
            while a < old.len() || b < end {
                let order = if b == end {
                    std::cmp::Ordering::Less
                } else if a == old.len() {
                    std::cmp::Ordering::Greater
                } else {
                    old.key(a).cmp(&writes[b].0)
                };
                if order == std::cmp::Ordering::Less {
                    merged.push(old.pair(a));
                    a += 1;
                    continue;
                }
                if order == std::cmp::Ordering::Equal {
                    a += 1; // replaced or deleted
                }
                if let (key, Some(value)) = &writes[b] {
                    merged.push((key.clone(), value.clone()));
                }
                b += 1;
            }
            if let Some(l) = &located {
                backend.delete(l.pk.clone());
            }
            let pages = self.paginate(&merged);
            let mut written = Vec::with_capacity(pages.len());
            for (n, pairs) in pages.iter().enumerate() {
                let pk = page_key(&pairs[0].0);
                let mut page = Page::default();
                for (k, v) in pairs.iter() {
                    page.push(k, v);
                }
                backend.put(pk.clone(), encode_page(pairs.iter().map(|(k, v)| (k.as_slice(), v.as_slice()))));
                // The last page's fence is set below, once the pages after
                // it in this batch are known.
                let next = pages.get(n + 1).map(|following| page_key(&following[0].0));
                written.push(Located { pk, page: Arc::new(page), next });
            }
            groups.push((located.map(|l| l.pk), written, upper));
            i = end;
        }
        // Fences of the last page of each group: the page after the group's
        // range — the first page written for the next group when that group
        // replaced it, or, if that group wrote none, whatever followed it.
        let mut following: Option<Vec<u8>> = None;
        for g in (0..groups.len()).rev() {
            let upper = groups[g].2.clone();
            let after = match (&upper, groups.get(g + 1)) {
                (Some(u), Some((Some(next_pk), _, _))) if u == next_pk => following.clone(),
                _ => upper,
            };
            let (_, written, _) = &mut groups[g];
            if let Some(last) = written.last_mut() {
                last.next = after.clone();
            }
            following = written.first().map(|w| w.pk.clone()).or(after);
        }
        let mirror = self.resident.read().mirror_of(&backend);
        self.inner.apply(backend)?;
        self.resident.write().apply(mirror);
        let mut cache = self.cache.lock();
        for (old, written, _) in &groups {
            if let Some(pk) = old {
                cache.remove(pk);
                // A page that is gone, or now starts at another key, leaves
                // the page before it with a fence that points at nothing.
                if written.first().is_none_or(|w| &w.pk != pk) {
                    cache.drop_fenced_at(pk);
                }
            }
        }
        for (_, written, _) in groups {
            for located in written {
                cache.insert(located);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
impl PagedKv {
    /// Every cached page is the page the backend holds under its key, and
    /// its fence is the backend's next page key.
    fn assert_cache_is_true(&self) {
        let cache = self.paged.cache.lock();
        for located in cache.young.values().chain(cache.old.values()) {
            let bytes = self.paged.inner.get(&located.pk).unwrap().expect("a cached page is in the backend");
            let page = decode_page(&located.pk, &bytes).unwrap();
            assert_eq!(page.pairs(), located.page.pairs());
            assert_eq!(located.next, self.paged.next_page_key(&located.pk).unwrap(), "fence of {:?}", located.pk);
        }
        // Within each resident range, the resident pages are the backend's.
        let resident = self.paged.resident.read();
        for (start, end) in &resident.ranges {
            let backend: Vec<Pair> = self.paged.inner.scan_from(start).map(|r| r.unwrap()).take_while(|(k, _)| k < end).collect();
            let held: Vec<Pair> = resident
                .pages
                .range((Bound::Included(start.as_slice()), Bound::Excluded(end.as_slice())))
                .map(|(k, v)| (k.to_vec(), v.to_vec()))
                .collect();
            assert_eq!(held, backend, "resident range {start:?}..{end:?}");
        }
        let bytes: usize = resident.pages.iter().map(|(k, v)| k.len() + v.len()).sum();
        assert_eq!(resident.bytes, bytes);
    }
}

impl KvStore for PagedKv {
    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
        let _shared = self.paged.gate.read();
        match self.paged.find_page(None, &page_key(key))? {
            None => Ok(None),
            Some(Found::Decoded(Located { page, .. })) => Ok(page.find(key).ok().map(|i| page.value(i).to_vec())),
            Some(Found::Encoded(encoded)) => find_encoded(&encoded.pk, encoded.bytes.as_slice(), key),
        }
    }

    fn floor(&self, key: &[u8]) -> Result<Option<Pair>> {
        let _shared = self.paged.gate.read();
        let Some(Located { page, .. }) = self.paged.locate(key)? else { return Ok(None) };
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
        Box::new(PageScan::new(self.paged.clone(), start))
    }

    fn scan_keys_from(&self, start: &[u8]) -> Box<dyn KeyScan> {
        Box::new(PageScan::new(self.paged.clone(), start))
    }

    fn apply(&self, batch: WriteBatch) -> Result<()> {
        self.paged.apply(batch)
    }

    fn flush(&self) -> Result<()> {
        self.paged.inner.flush()
    }

    fn size_on_disk(&self) -> Result<u64> {
        self.paged.inner.size_on_disk()
    }

    fn prewarm(&self, tags: &[u8], budget: usize) -> Result<usize> {
        self.paged.prewarm(tags, budget)
    }

    fn replace_all(&self, pairs: &mut dyn Iterator<Item = Result<Pair>>) -> Result<()> {
        let _exclusive = self.paged.gate.write();
        let inner = self.paged.inner.as_ref();
        let old: BTreeSet<Vec<u8>> = inner.scan_from(&[]).map(|item| item.map(|(k, _)| k)).collect::<Result<_>>()?;
        // Pages are encoded on this thread and written by a second one, so
        // that compression and the backend's writes overlap.
        let loaded = std::thread::scope(|scope| -> Result<()> {
            let (to_writer, batches) = std::sync::mpsc::sync_channel::<WriteBatch>(2);
            let writer = scope.spawn(move || -> Result<()> {
                for batch in batches {
                    inner.apply(batch)?;
                }
                Ok(())
            });
            let stopped = || Error::Unsupported("the page writer thread stopped".into());
            let mut loader = PageLoader::with_sink(
                self.paged.page_bytes,
                old,
                Box::new(move |batch| to_writer.send(batch).map_err(|_| stopped())),
            );
            let mut fed = Ok(());
            for pair in pairs {
                fed = pair.and_then(|(k, v)| loader.push(k, v));
                if fed.is_err() {
                    break;
                }
            }
            // Finishing (or dropping) the loader closes the channel, which
            // ends the writer's loop.
            let fed = match fed {
                Ok(()) => loader.finish(),
                Err(e) => {
                    drop(loader);
                    Err(e)
                }
            };
            // The writer's own error, if it failed, says more than "stopped".
            let written = writer.join().unwrap_or_else(|_| Err(stopped()));
            written.and(fed)
        });
        self.paged.cache.lock().clear();
        *self.paged.resident.write() = Resident::default();
        loaded?;
        inner.flush()
    }
}

/// Where a scan goes on from.
enum Resume {
    /// The first key at or after this one.
    From(Vec<u8>),
    /// The first key after this one (the last one returned).
    After(Vec<u8>),
}

/// A scan over pages, one page at a time through the page cache. It holds
/// no lock between pages, and goes on to the next page by the fence of the
/// one it finished; if that page is gone (a batch applied in between split
/// or re-keyed it), it finds its place again from the last key it
/// returned, so it neither skips nor repeats a key.
struct PageScan {
    paged: Arc<Paged>,
    resume: Resume,
    page: Option<ScanPage>,
    done: bool,
}

/// The page a [`PageScan`] is in.
struct ScanPage {
    pk: Vec<u8>,
    /// The next page's key, once known (`None`: ask when this page is done).
    next: Option<Option<Vec<u8>>>,
    pairs: ScanPairs,
}

/// The pairs of a [`ScanPage`], at the one to return next.
enum ScanPairs {
    /// A cached page, at its `at`th pair.
    Decoded { page: Arc<Page>, at: usize },
    /// A page read once, walked in its body.
    Walked(Box<Walk>),
}

impl ScanPairs {
    /// The pair to return next; `None` when the page is done.
    fn pair(&self) -> Option<(&[u8], &[u8])> {
        match self {
            ScanPairs::Decoded { page, at } => (*at < page.len()).then(|| (page.key(*at), page.value(*at))),
            ScanPairs::Walked(walk) => walk.pair(),
        }
    }

    fn step(&mut self, pk: &[u8]) -> Result<()> {
        match self {
            ScanPairs::Decoded { at, .. } => {
                *at += 1;
                Ok(())
            }
            ScanPairs::Walked(walk) => walk.step(pk),
        }
    }

    /// The page's last key (once the page is done, for a walk).
    fn last_key(&self) -> &[u8] {
        match self {
            ScanPairs::Decoded { page, .. } => page.key(page.len() - 1),
            ScanPairs::Walked(walk) => &walk.key,
        }
    }
}

/// A walk through a page's decompressed body, each key built from the one
/// before. Why: a scan that reads a few keys of a page it meets for the
/// first time (one node's adjacency) need not build the keys of the whole
/// page, as decoding does.
struct Walk {
    body: Vec<u8>,
    /// Where the pair after the current one starts.
    at: usize,
    key: Vec<u8>,
    value: std::ops::Range<usize>,
    /// Whether `key` and `value` are a pair not yet passed.
    current: bool,
}

impl Walk {
    /// A walk at the first pair at or after `resume`'s key (after it, for
    /// `Resume::After`).
    fn new(pk: &[u8], bytes: &[u8], resume: &Resume) -> Result<Walk> {
        let mut walk = Walk { body: Vec::new(), at: 0, key: Vec::new(), value: 0..0, current: false };
        decompress_body(pk, bytes, &mut walk.body)?;
        walk.step(pk)?;
        if !walk.current {
            return Err(corrupt_page(pk, "no pairs"));
        }
        if walk.key != pk[1..] {
            return Err(corrupt_page(pk, "its first key is not the key it is stored under"));
        }
        let (start, after) = match resume {
            Resume::From(k) => (k.as_slice(), false),
            Resume::After(k) => (k.as_slice(), true),
        };
        while walk.current && (walk.key.as_slice() < start || (after && walk.key.as_slice() == start)) {
            walk.step(pk)?;
        }
        Ok(walk)
    }

    fn pair(&self) -> Option<(&[u8], &[u8])> {
        self.current.then(|| (self.key.as_slice(), &self.body[self.value.clone()]))
    }

    /// Moves to the next pair, checking it as decoding does.
    fn step(&mut self, pk: &[u8]) -> Result<()> {
        if self.at >= self.body.len() {
            self.current = false;
            return Ok(());
        }
        let first = self.at == 0;
        let EncodedPair { shared, suffix, value } =
            take_pair(&self.body, &mut self.at).ok_or_else(|| corrupt_page(pk, "truncated pair"))?;
        if shared > self.key.len() {
            return Err(corrupt_page(pk, "a key shares more than the key before it has"));
        }
        if !follows(&self.key, first, shared, suffix) {
            return Err(corrupt_page(pk, "keys out of order"));
        }
        self.key.truncate(shared);
        self.key.extend_from_slice(suffix);
        self.value = value;
        self.current = true;
        Ok(())
    }
}

impl PageScan {
    /// A scan from the first key at or after `start`.
    fn new(paged: Arc<Paged>, start: &[u8]) -> PageScan {
        PageScan { paged, resume: Resume::From(start.to_vec()), page: None, done: false }
    }

    /// Moves to the page to go on in (`target`, else the one holding the
    /// resume key), positioned at the first pair to return; false at the end.
    fn advance(&mut self, target: Option<Vec<u8>>) -> Result<bool> {
        let _shared = self.paged.gate.read();
        let resume_key = match &self.resume {
            Resume::From(k) | Resume::After(k) => k.as_slice(),
        };
        let Some(found) = self.paged.find_page(target.as_deref(), &page_key(resume_key))? else { return Ok(false) };
        self.page = Some(match found {
            Found::Decoded(located) => {
                let at = match (&self.resume, located.page.find(resume_key)) {
                    (Resume::After(_), Ok(i)) => i + 1,
                    (_, Ok(i) | Err(i)) => i,
                };
                ScanPage { pk: located.pk, next: Some(located.next), pairs: ScanPairs::Decoded { page: located.page, at } }
            }
            Found::Encoded(Encoded { pk, bytes }) => {
                let walk = Walk::new(&pk, bytes.as_slice(), &self.resume)?;
                ScanPage { pk, next: None, pairs: ScanPairs::Walked(Box::new(walk)) }
            }
        });
        Ok(true)
    }

    /// Moves on until the current page has a pair to return; false at the
    /// end of the scan.
    fn position(&mut self) -> Result<bool> {
        loop {
            if self.done {
                return Ok(false);
            }
            let mut target = None;
            if let Some(page) = &mut self.page {
                if page.pairs.pair().is_some() {
                    return Ok(true);
                }
                // Pages are never empty. A page entered after a batch moved
                // keys may end below the resume key: that never goes back.
                let last = page.pairs.last_key();
                let (Resume::From(resume) | Resume::After(resume)) = &self.resume;
                if last >= resume.as_slice() {
                    self.resume = Resume::After(last.to_vec());
                }
                let next = match page.next.take() {
                    Some(known) => known,
                    None => {
                        let _shared = self.paged.gate.read();
                        self.paged.next_of(&page.pk)?
                    }
                };
                if next.is_none() {
                    self.done = true;
                    return Ok(false);
                }
                // Later pages are found by the fence of the page before; the
                // first is the one holding the start key.
                target = next;
            }
            if !self.advance(target)? {
                self.done = true;
            }
        }
    }

    /// [`PageScan::position`], ending the scan at an error.
    fn positioned(&mut self) -> Result<Option<&mut ScanPage>> {
        match self.position() {
            Ok(true) => Ok(self.page.as_mut()),
            Ok(false) => Ok(None),
            Err(e) => {
                self.done = true;
                Err(e)
            }
        }
    }
}

impl Iterator for PageScan {
    type Item = Result<Pair>;

    fn next(&mut self) -> Option<Result<Pair>> {
        let page = match self.positioned() {
            Ok(Some(page)) => page,
            Ok(None) => return None,
            Err(e) => return Some(Err(e)),
        };
        let (key, value) = page.pairs.pair()?;
        let pair = (key.to_vec(), value.to_vec());
        if let Err(e) = page.pairs.step(&page.pk) {
            self.done = true;
            return Some(Err(e));
        }
        Some(Ok(pair))
    }
}

impl KeyScan for PageScan {
    fn visit(&mut self, visit: &mut dyn FnMut(&[u8]) -> bool) -> Result<bool> {
        while let Some(page) = self.positioned()? {
            while let Some((key, _)) = page.pairs.pair() {
                if !visit(key) {
                    return Ok(true);
                }
                if let Err(e) = page.pairs.step(&page.pk) {
                    self.done = true;
                    return Err(e);
                }
            }
        }
        Ok(false)
    }
}

/// Writes pairs that arrive in strictly increasing key order into pages of
/// an empty paged store, handing a backend batch at a time to `sink`. The
/// bulk import's path: pages are built once, full, instead of being
/// rewritten as they grow.
pub(crate) struct PageLoader<'k> {
    sink: Box<dyn FnMut(WriteBatch) -> Result<()> + 'k>,
    page_bytes: usize,
    pending: Vec<(Vec<u8>, Vec<u8>)>,
    pending_bytes: usize,
    batch: WriteBatch,
    batch_bytes: usize,
    /// The last key of the last sealed page (the order check across pages).
    sealed_last: Option<Vec<u8>>,
    /// The store's pages before the load that no new page has overwritten:
    /// deleted in the last batch.
    stale: BTreeSet<Vec<u8>>,
}

impl<'k> PageLoader<'k> {
    /// Backend bytes per batch.
    const BATCH_BYTES: usize = 8 * 1024 * 1024;

    #[cfg(test)]
    pub(crate) fn new(inner: &'k dyn KvStore) -> PageLoader<'k> {
        PageLoader::with_sink(DEFAULT_PAGE_BYTES, BTreeSet::new(), Box::new(move |batch| inner.apply(batch)))
    }

    /// A loader over a store whose pages are `old`.
    fn with_sink(
        page_bytes: usize,
        old: BTreeSet<Vec<u8>>,
        sink: Box<dyn FnMut(WriteBatch) -> Result<()> + 'k>,
    ) -> PageLoader<'k> {
        PageLoader {
            sink,
            page_bytes,
            pending: Vec::new(),
            pending_bytes: 0,
            batch: WriteBatch::default(),
            batch_bytes: 0,
            sealed_last: None,
            stale: old,
        }
    }

    pub(crate) fn push(&mut self, key: Vec<u8>, value: Vec<u8>) -> Result<()> {
        let previous = self.pending.last().map(|(k, _)| k).or(self.sealed_last.as_ref());
        if previous.is_some_and(|last| *last >= key) {
            return Err(Error::Corrupt { what: "bulk load: keys out of order".into() });
        }
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
        self.stale.remove(&pk);
        self.batch.put(pk, value);
        self.sealed_last = self.pending.pop().map(|(k, _)| k);
        self.pending.clear();
        self.pending_bytes = 0;
        if self.batch_bytes >= Self::BATCH_BYTES {
            (self.sink)(std::mem::take(&mut self.batch))?;
            self.batch_bytes = 0;
        }
        Ok(())
    }

    /// Seals the last page and hands over the last batch, with the
    /// deletion of the old pages nothing overwrote.
    pub(crate) fn finish(mut self) -> Result<()> {
        self.seal()?;
        for k in std::mem::take(&mut self.stale) {
            self.batch.delete(k);
        }
        (self.sink)(std::mem::take(&mut self.batch))
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
        /// A scan that takes some pairs, then a batch, then the rest.
        Interleaved(Vec<u8>, usize, Vec<(Vec<u8>, Option<Vec<u8>>)>),
        /// Pages of these key tags held in memory, within a byte budget.
        Prewarm(Vec<u8>, usize),
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
            1 => (key(), 0usize..8, prop::collection::vec((key(), prop::option::of(prop::collection::vec(any::<u8>(), 0..12))), 1..20))
                .prop_map(|(k, n, w)| Op::Interleaved(k, n, w)),
            1 => (prop::collection::vec(prop::sample::select(vec![0u8, 1, 2, b'a', b'b', 0xFF]), 1..4), 0usize..400)
                .prop_map(|(tags, budget)| Op::Prewarm(tags, budget)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Page keys order as their bytes do, zero bytes and keys shorter
        /// or longer than the inline head included.
        #[test]
        fn page_keys_order_as_their_bytes(
            a in prop::collection::vec(prop::sample::select(vec![0u8, 1, 7, 255]), 0..24),
            b in prop::collection::vec(prop::sample::select(vec![0u8, 1, 7, 255]), 0..24),
        ) {
            let stored = |k: &[u8]| PageKey { head: head_of(k), bytes: k.into() };
            prop_assert_eq!(stored(&a).cmp(&stored(&b)), a.cmp(&b));
            prop_assert_eq!(stored(&a) == stored(&b), a == b);
            // A look-up's probe orders as the stored key does.
            prop_assert_eq!((&Probe::new(&a) as &dyn KeyView).cmp(&stored(&b) as &dyn KeyView), a.cmp(&b));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
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
                        kv.assert_cache_is_true();
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
                        kv.assert_cache_is_true();
                    }
                    Op::Interleaved(start, n, writes) => {
                        let old_model = model.clone();
                        let mut scan = kv.scan_from(&start);
                        let mut got: Vec<Pair> = scan.by_ref().take(n).map(|r| r.unwrap()).collect();
                        let mut batch = WriteBatch::default();
                        for (k, v) in writes {
                            match v {
                                Some(v) => { model.insert(k.clone(), v.clone()); batch.put(k, v) }
                                None => { model.remove(&k); batch.delete(k) }
                            }
                        }
                        let ended = got.len() < n;
                        kv.apply(batch).unwrap();
                        got.extend(scan.map(|r| r.unwrap()));
                        // Not a snapshot (the page in hand is read as it was),
                        // but never a key twice, never one that was in
                        // neither state, never one missed that was in both.
                        prop_assert!(got.windows(2).all(|w| w[0].0 < w[1].0));
                        for (k, v) in &got {
                            prop_assert!(old_model.get(k) == Some(v) || model.get(k) == Some(v));
                        }
                        if !ended {
                            for (k, v) in old_model.range(start.clone()..) {
                                if model.get(k) == Some(v) {
                                    prop_assert!(got.iter().any(|(g, _)| g == k), "missed {:?}", k);
                                }
                            }
                        }
                    }
                    Op::Floor(k) => {
                        let want = model.range(..=k.clone()).next_back().map(|(a, b)| (a.clone(), b.clone()));
                        prop_assert_eq!(kv.floor(&k).unwrap(), want);
                    }
                    Op::Prewarm(tags, budget) => {
                        let before = kv.paged.resident.read().bytes;
                        let held = kv.prewarm(&tags, budget).unwrap();
                        prop_assert!(held == before || held <= budget, "{} held, {} before, budget {}", held, before, budget);
                        // Reads now come from the resident pages: drop the
                        // decoded ones so that they must.
                        kv.paged.cache.lock().clear();
                        kv.assert_cache_is_true();
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

    /// A backend that counts the reads made of it.
    #[derive(Clone)]
    struct CountingKv {
        inner: MemKv,
        reads: Arc<std::sync::atomic::AtomicUsize>,
    }

    impl CountingKv {
        fn read(&self) {
            self.reads.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }

        fn reads(&self) -> usize {
            self.reads.load(std::sync::atomic::Ordering::Relaxed)
        }
    }

    impl KvStore for CountingKv {
        fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
            self.read();
            self.inner.get(key)
        }
        fn scan_prefix(&self, prefix: &[u8]) -> KvIter {
            self.read();
            self.inner.scan_prefix(prefix)
        }
        fn scan_from(&self, start: &[u8]) -> KvIter {
            self.read();
            self.inner.scan_from(start)
        }
        fn floor(&self, key: &[u8]) -> Result<Option<Pair>> {
            self.read();
            self.inner.floor(key)
        }
        fn key_at_or_after(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
            self.read();
            self.inner.key_at_or_after(key)
        }
        fn apply(&self, batch: WriteBatch) -> Result<()> {
            self.inner.apply(batch)
        }
        fn flush(&self) -> Result<()> {
            Ok(())
        }
        fn size_on_disk(&self) -> Result<u64> {
            Ok(0)
        }
    }

    fn tagged(tag: u8, i: u32) -> Vec<u8> {
        let mut k = vec![tag];
        k.extend_from_slice(&i.to_be_bytes());
        k
    }

    /// Regression (proptest shrink): a scan walking a page read before a
    /// batch that split it went on to the split-off page, which ended below
    /// the resume key, and resumed from there: a key came twice. Resume keys
    /// now never go back.
    #[test]
    fn regression_1_a_scan_across_a_split_returns_no_key_twice() {
        let inner = MemKv::new();
        let kv = small_pages(inner.clone());
        // (key, value length), or a delete.
        let apply = |writes: &[(&[u8], Option<usize>)]| {
            let mut batch = WriteBatch::default();
            for (k, n) in writes {
                match n {
                    Some(n) => batch.put(k.to_vec(), vec![0; *n]),
                    None => batch.delete(k.to_vec()),
                }
            }
            kv.apply(batch).unwrap();
        };
        apply(&[(&[2, 0], Some(0)), (&[], Some(7)), (&[0, 1], Some(9))]);
        apply(&[(&[0, 0], Some(7)), (&[2, 0, 0, 0], Some(6)), (&[0, 0, 0, 0], Some(3)), (&[2, 0, 0, 0, 0], Some(2))]);
        apply(&[(&[1, 98], Some(0)), (&[1, 0], Some(3))]);
        apply(&[(&[0], Some(0)), (&[], None)]);
        let mut scan = kv.scan_from(&[]);
        let mut got: Vec<Vec<u8>> = scan.by_ref().take(1).map(|r| r.unwrap().0).collect();
        apply(&[(&[0, 0, 0, 1], Some(3)), (&[0, 0, 0, 2], Some(8))]);
        got.extend(scan.map(|r| r.unwrap().0));
        assert!(got.windows(2).all(|w| w[0] < w[1]), "{got:?}");
        // The keys written before the scan began all come (the new ones may).
        for key in [&[0][..], &[0, 0], &[0, 0, 0, 0], &[0, 1], &[1, 0], &[1, 98], &[2, 0], &[2, 0, 0, 0], &[2, 0, 0, 0, 0]] {
            assert!(got.iter().any(|g| g == key), "{key:?} missed: {got:?}");
        }
    }

    #[test]
    fn prewarmed_pages_are_read_without_the_backend_and_follow_writes() {
        let backend = CountingKv { inner: MemKv::new(), reads: Default::default() };
        let kv = PagedKv::with_sizes(Box::new(backend.clone()), 40, 1024);
        let mut batch = WriteBatch::default();
        for i in 0..200 {
            batch.put(tagged(b'a', i), vec![i as u8; 5]);
            batch.put(tagged(b'b', i), vec![i as u8; 5]);
        }
        kv.apply(batch).unwrap();
        // A budget too small for tag `b` holds `a` alone.
        let a_bytes = kv.prewarm(&[b'a'], usize::MAX).unwrap();
        assert!(a_bytes > 0);
        assert_eq!(kv.prewarm(&[b'b'], a_bytes + 10).unwrap(), a_bytes);
        kv.paged.cache.lock().clear();
        let before = backend.reads();
        for i in 0..150 {
            assert_eq!(kv.get(&tagged(b'a', i)).unwrap(), Some(vec![i as u8; 5]));
        }
        assert_eq!(backend.reads(), before, "reads of resident pages went to the backend");
        kv.get(&tagged(b'b', 7)).unwrap();
        assert!(backend.reads() > before, "tag b is not resident");
        // Writes reach the resident pages: a put, a delete, and enough new
        // keys to split pages.
        let mut batch = WriteBatch::default();
        batch.put(tagged(b'a', 3), b"new".to_vec());
        batch.delete(tagged(b'a', 4));
        for i in 1000..1040 {
            batch.put(tagged(b'a', i), vec![1; 7]);
        }
        kv.apply(batch).unwrap();
        kv.assert_cache_is_true();
        kv.paged.cache.lock().clear();
        assert_eq!(kv.get(&tagged(b'a', 3)).unwrap(), Some(b"new".to_vec()));
        assert_eq!(kv.get(&tagged(b'a', 4)).unwrap(), None);
        assert_eq!(kv.scan_prefix(&[b'a']).count(), 239);
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

    /// A page record whose body is `body`, compressed as pages are.
    fn record_of_body(body: &[u8]) -> Vec<u8> {
        let mut out = vec![PAGE_ENCODING_LZ4];
        put_varint(&mut out, body.len() as u64);
        out.extend_from_slice(&lz4_flex::block::compress(body));
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// The two readers that skip decoding (a point read's walk and a
        /// scan's) answer as the decoded page does, and refuse what decoding
        /// refuses without panicking: on pages as written, on random bodies
        /// and on random records.
        #[test]
        fn walked_pages_read_as_decoded_ones(
            pairs in prop::collection::btree_map(prop::collection::vec(0u8..4, 0..6), prop::collection::vec(any::<u8>(), 0..5), 1..30),
            body in prop::collection::vec(0u8..8, 0..60),
            record in prop::collection::vec(any::<u8>(), 0..60),
            probes in prop::collection::vec(prop::collection::vec(0u8..4, 0..6), 1..8),
        ) {
            let first = pairs.keys().next().unwrap().clone();
            let pk = page_key(&first);
            let written = encode_page(pairs.iter().map(|(k, v)| (k.as_slice(), v.as_slice())));
            for bytes in [written, record_of_body(&body), record] {
                let decoded = decode_page(&pk, &bytes);
                for probe in &probes {
                    let found = find_encoded(&pk, &bytes, probe);
                    match &decoded {
                        Ok(page) => prop_assert_eq!(found.unwrap(), page.find(probe).ok().map(|i| page.value(i).to_vec())),
                        // A walk stops at its key: damage after it goes unseen.
                        Err(_) => {}
                    }
                    for resume in [Resume::From(probe.clone()), Resume::After(probe.clone())] {
                        let walk = Walk::new(&pk, &bytes, &resume);
                        let Ok(page) = &decoded else { continue };
                        let mut walk = walk.unwrap();
                        let at = match (&resume, page.find(probe)) {
                            (Resume::After(_), Ok(i)) => i + 1,
                            (_, Ok(i) | Err(i)) => i,
                        };
                        for i in at..page.len() {
                            let (k, v) = walk.pair().unwrap();
                            prop_assert_eq!((k, v), (page.key(i), page.value(i)));
                            walk.step(&pk).unwrap();
                        }
                        prop_assert!(walk.pair().is_none());
                    }
                }
            }
        }
    }
}
