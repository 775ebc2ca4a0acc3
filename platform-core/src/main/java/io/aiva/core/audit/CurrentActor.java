package io.aiva.core.audit;

import jakarta.enterprise.context.RequestScoped;

/** The actor of the current request, set once by the adapter that verified the caller. */
@RequestScoped
public class CurrentActor {

    private Actor actor = new Actor(null, null, null);

    public void set(Actor verified) {
        actor = verified;
    }

    public Actor get() {
        return actor;
    }
}
