//! Corpus mode (under construction).
