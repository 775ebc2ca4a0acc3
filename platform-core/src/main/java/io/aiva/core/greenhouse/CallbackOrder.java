package io.aiva.core.greenhouse;

/** One completion to tell Greenhouse: where, with which credential, and the score Greenhouse will read. */
record CallbackOrder(String url, String credential, int score) {

    /** Without the credential, which must not reach a log. */
    @Override
    public String toString() {
        return "CallbackOrder[url=" + url + ", score=" + score + "]";
    }
}
