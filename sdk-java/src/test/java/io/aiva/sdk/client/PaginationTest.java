package io.aiva.sdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.aiva.sdk.client.FakeAiva.candidateJson;
import static io.aiva.sdk.client.FakeAiva.issuesToken;
import static io.aiva.sdk.client.FakeAiva.problemJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;

import io.aiva.sdk.model.Candidate;
import io.aiva.sdk.model.CandidatePage;

@WireMockTest
class PaginationTest {

    private static final String CANDIDATES = "/api/v1/candidates";

    private final FakeTime time = new FakeTime();
    private AivaClient aiva;

    @BeforeEach
    void client(WireMockRuntimeInfo wm) {
        issuesToken("token-1", 300);
        aiva = FakeAiva.client(wm, time).build();
    }

    @Test
    void streamsEveryItemPassingEachPagesNextCursor() {
        threePagesOfCandidates();

        List<String> names = candidates(2).map(Candidate::getFirstName).collect(Collectors.toList());

        assertThat(names).containsExactly("Ada", "Grace", "Barbara", "Frances", "Radia");
        verify(getRequestedFor(urlPathEqualTo(CANDIDATES)).withQueryParam("cursor", absent()).withQueryParam("limit", equalTo("2")));
        verify(getRequestedFor(urlPathEqualTo(CANDIDATES)).withQueryParam("cursor", equalTo("c2")));
        verify(getRequestedFor(urlPathEqualTo(CANDIDATES)).withQueryParam("cursor", equalTo("c3")));
        verify(exactly(3), getRequestedFor(urlPathEqualTo(CANDIDATES)));
    }

    @Test
    void fetchesAPageOnlyWhenItsItemsAreWanted() {
        threePagesOfCandidates();

        Stream<Candidate> all = candidates(2);
        verify(exactly(0), getRequestedFor(urlPathEqualTo(CANDIDATES)));

        assertThat(all.limit(3).map(Candidate::getFirstName)).containsExactly("Ada", "Grace", "Barbara");
        verify(exactly(2), getRequestedFor(urlPathEqualTo(CANDIDATES)));
    }

    @Test
    void iterableStartsAgainForEachLoop() {
        threePagesOfCandidates();
        Iterable<Candidate> all = Pagination.iterable(cursor -> aiva.candidates().listCandidates(2, cursor, null, null),
                CandidatePage::getData, CandidatePage::getNextCursor);

        List<String> names = new ArrayList<>();
        for (Candidate candidate : all) {
            names.add(candidate.getFirstName());
        }
        for (Candidate candidate : all) {
            names.add(candidate.getFirstName());
        }

        assertThat(names).hasSize(10);
        verify(exactly(6), getRequestedFor(urlPathEqualTo(CANDIDATES)));
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        stubFor(get(urlPathEqualTo(CANDIDATES)).willReturn(okJson("{\"data\":[]}")));

        assertThat(candidates(20)).isEmpty();
        verify(exactly(1), getRequestedFor(urlPathEqualTo(CANDIDATES)));
    }

    @Test
    void aFailedPageIsThrownUncheckedWithTheTypedCause() {
        stubFor(get(urlPathEqualTo(CANDIDATES)).withQueryParam("cursor", absent()).willReturn(okJson(page("c2", "Ada"))));
        stubFor(get(urlPathEqualTo(CANDIDATES)).withQueryParam("cursor", equalTo("c2")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(problemJson(400, "bad_request", "Bad request", "The cursor is not valid.", "req-1"))));
        Iterator<Candidate> all = candidates(1).iterator();

        assertThat(all.next().getFirstName()).isEqualTo("Ada");
        assertThatThrownBy(all::hasNext).isInstanceOfSatisfying(UncheckedApiException.class,
                e -> assertThat(e.getCause()).isInstanceOf(ValidationFailedException.class).hasMessageContaining("cursor is not valid"));
    }

    @Test
    void aServerRepeatingItsCursorIsNotFollowedForever() {
        stubFor(get(urlPathEqualTo(CANDIDATES)).withQueryParam("cursor", absent()).willReturn(okJson(page("c2", "Ada"))));
        stubFor(get(urlPathEqualTo(CANDIDATES)).withQueryParam("cursor", equalTo("c2")).willReturn(okJson(page("c2", "Grace"))));

        assertThatThrownBy(() -> candidates(1).count()).isInstanceOf(IllegalStateException.class).hasMessageContaining("c2");
    }

    private Stream<Candidate> candidates(int limit) {
        return Pagination.stream(cursor -> aiva.candidates().listCandidates(limit, cursor, null, null),
                CandidatePage::getData, CandidatePage::getNextCursor);
    }

    private static void threePagesOfCandidates() {
        stubFor(get(urlPathEqualTo(CANDIDATES)).withQueryParam("cursor", absent()).willReturn(okJson(page("c2", "Ada", "Grace"))));
        stubFor(get(urlPathEqualTo(CANDIDATES)).withQueryParam("cursor", equalTo("c2")).willReturn(okJson(page("c3", "Barbara", "Frances"))));
        stubFor(get(urlPathEqualTo(CANDIDATES)).withQueryParam("cursor", equalTo("c3")).willReturn(okJson(page(null, "Radia"))));
    }

    private static String page(String nextCursor, String... names) {
        String data = Stream.of(names).map(name -> candidateJson(UUID.randomUUID(), name)).collect(Collectors.joining(","));
        return "{\"data\":[" + data + "]" + (nextCursor == null ? "" : ",\"nextCursor\":\"" + nextCursor + "\"") + "}";
    }
}
