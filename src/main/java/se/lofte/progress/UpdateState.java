package se.lofte.progress;

/** An update is written as a draft, published for residents, and may be withdrawn from them again. */
public enum UpdateState {
    DRAFT, PUBLISHED, WITHDRAWN
}
