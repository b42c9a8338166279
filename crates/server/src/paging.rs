//! Paging of the list endpoints: `limit` rows from `offset`, or from page `page` (1-based),
//! checked (a clear 400, never a silent cap), with the listing's total in the response.

use crate::error::ApiError;
use serde_json::{json, Value};

/// One page of a listing: where it starts and at most how many rows it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// Rows skipped before this page.
    pub offset: usize,
    /// Rows on a page.
    pub limit: usize,
}

impl Page {
    /// The page that `limit`, `offset` and `page` ask for: `default` rows when no limit is
    /// given; a 400 `bad_paging` for a limit over `max`, page 0, both `offset` and `page`,
    /// or a page beyond any possible offset.
    pub fn from_query(
        limit: Option<usize>,
        offset: Option<usize>,
        page: Option<usize>,
        default: usize,
        max: usize,
    ) -> Result<Page, ApiError> {
        let bad = |m: String| ApiError::bad_request("bad_paging", m);
        let limit = limit.unwrap_or(default);
        if limit > max {
            return Err(bad(format!("limit must be at most {max} (got {limit}); page with offset or page")));
        }
        let offset = match (offset, page) {
            (Some(_), Some(_)) => return Err(bad("give offset or page, not both".into())),
            (Some(o), None) => o,
            (None, Some(0)) => return Err(bad("page counts from 1".into())),
            (None, Some(p)) => (p - 1).checked_mul(limit).ok_or_else(|| bad(format!("page {p} is out of range")))?,
            (None, None) => 0,
        };
        Ok(Page { offset, limit })
    }

    /// The rows of this page out of every matching row.
    pub fn slice<T>(&self, all: Vec<T>) -> Vec<T> {
        all.into_iter().skip(self.offset).take(self.limit).collect()
    }

    /// A listing's JSON: `{key: rows, "total", "offset", "limit"}`.
    pub fn listing(&self, key: &str, rows: Value, total: u64) -> Value {
        let mut v = json!({ "total": total, "offset": self.offset, "limit": self.limit });
        v[key] = rows;
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(limit: Option<usize>, offset: Option<usize>, p: Option<usize>) -> Result<Page, ApiError> {
        Page::from_query(limit, offset, p, 50, 500)
    }

    #[test]
    fn offset_and_page_give_the_same_rows() {
        assert_eq!(page(None, None, None).unwrap(), Page { offset: 0, limit: 50 });
        assert_eq!(page(Some(10), Some(30), None).unwrap(), Page { offset: 30, limit: 10 });
        assert_eq!(page(Some(10), None, Some(4)).unwrap(), Page { offset: 30, limit: 10 });
        assert_eq!(page(None, None, Some(2)).unwrap(), Page { offset: 50, limit: 50 });
        assert_eq!(page(Some(0), None, None).unwrap(), Page { offset: 0, limit: 0 }, "limit 0: the total only");
        assert_eq!(Page { offset: 2, limit: 2 }.slice(vec![1, 2, 3, 4, 5]), [3, 4]);
        assert_eq!(Page { offset: 9, limit: 2 }.slice(vec![1, 2, 3]), Vec::<i32>::new());
    }

    #[test]
    fn bad_paging_is_a_400_that_says_why() {
        for (q, why) in [
            (page(Some(501), None, None), "at most 500"),
            (page(None, Some(1), Some(1)), "not both"),
            (page(None, None, Some(0)), "from 1"),
            (page(Some(500), None, Some(usize::MAX)), "out of range"),
        ] {
            let e = q.unwrap_err();
            assert_eq!((e.status.as_u16(), e.code), (400, "bad_paging"));
            assert!(e.message.contains(why), "{}", e.message);
        }
    }

    #[test]
    fn listing_carries_rows_and_totals() {
        let v = Page { offset: 2, limit: 2 }.listing("claims", json!([1, 2]), 7);
        assert_eq!(v, json!({"claims": [1, 2], "total": 7, "offset": 2, "limit": 2}));
    }
}
