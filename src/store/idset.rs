//! A set of node or relationship ids: a bitmap for the dense ids the store
//! hands out (and exports keep), a hash set beyond it.

use std::collections::HashSet;

#[derive(Default)]
pub(crate) struct IdSet {
    bits: Vec<u64>,
    sparse: HashSet<u64>,
}

impl IdSet {
    /// 2^27 ids: at most 16 MiB of bitmap.
    const DENSE_LIMIT: u64 = 1 << 27;

    pub(crate) fn insert(&mut self, id: u64) {
        if id >= Self::DENSE_LIMIT {
            self.sparse.insert(id);
            return;
        }
        let word = (id / 64) as usize;
        if word >= self.bits.len() {
            self.bits.resize((word + 1).next_power_of_two(), 0);
        }
        self.bits[word] |= 1 << (id % 64);
    }

    pub(crate) fn contains(&self, id: u64) -> bool {
        if id >= Self::DENSE_LIMIT {
            return self.sparse.contains(&id);
        }
        self.bits.get((id / 64) as usize).is_some_and(|w| w & (1 << (id % 64)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dense_and_sparse_ids() {
        let mut set = IdSet::default();
        for id in [0, 1, 63, 64, 1_000_000, IdSet::DENSE_LIMIT, u64::MAX - 1] {
            assert!(!set.contains(id));
            set.insert(id);
            assert!(set.contains(id));
        }
        assert!(!set.contains(2));
        assert!(!set.contains(IdSet::DENSE_LIMIT + 1));
    }
}
