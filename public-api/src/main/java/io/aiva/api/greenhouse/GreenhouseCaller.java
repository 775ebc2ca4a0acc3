package io.aiva.api.greenhouse;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.aiva.core.greenhouse.KeyHolder;

/** The integration key this request of Greenhouse's came with, once the key filter accepted it. */
@RequestScoped
public class GreenhouseCaller {

    private KeyHolder key;

    void accepted(KeyHolder holder) {
        key = holder;
    }

    public Optional<KeyHolder> key() {
        return Optional.ofNullable(key);
    }
}
