package it.io.aiva.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.aiva.localstack.LocalStack;

/**
 * The embed contract of sdk-js/EMBED.md on the server's side: a company lists the sites that may
 * frame its interviews; the launch page lets only the named host frame it, and only when that
 * host is listed; opening the link from a host that is not listed is refused and leaves it unused.
 */
@ExtendWith(Platform.class)
class EmbedIT {

    private static final String CAREERS = "https://careers.embed.test";

    @Test
    void onlyAListedSiteMayFrameTheInterviewAndOpenItsLink(LocalStack platform) throws Exception {
        TestCompany company = TestCompany.onboard(platform, "embed");
        String admin = company.adminToken(platform);
        ApiCall.Answer listed = ApiCall.put(platform, "/v1/company/settings",
                "{\"analysisProvider\":\"builtin\",\"embedOrigins\":[\"https://Careers.Embed.test/\",\"http://localhost:3000\"]}")
                .token(admin).send();
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().get("embedOrigins")).extracting(JsonNode::asText)
                .containsExactly(CAREERS, "http://localhost:3000");
        String template = ApiCall.post(platform, "/v1/templates", TemplatesIT.template("Embed", "en",
                TemplatesIT.firstQuestion(platform, admin, "type=technical&language=en"), 1)).token(admin).send().json()
                .get("id").asText();
        JsonNode assigned = AssignmentsIT.assign(platform, admin, AssignmentsIT.candidate(platform, admin), template);
        String launchUrl = assigned.get("launchUrl").asText();
        assertThat(launchUrl).startsWith(platform.baseUri() + "/interview/launch/" + company.slug() + "#");
        URI page = URI.create(launchUrl.substring(0, launchUrl.indexOf('#')));

        HttpResponse<String> framedByCareers = Platform.get(withHost(page, CAREERS));
        assertThat(framedByCareers.statusCode()).isEqualTo(200);
        assertThat(framedByCareers.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors " + CAREERS);
        assertThat(framedByCareers.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(framedByCareers.body()).contains("/interview/launch.js");
        assertThat(Platform.get(withHost(page, "https://evil.embed.test")).headers().firstValue("Content-Security-Policy"))
                .hasValue("frame-ancestors 'none'");
        assertThat(Platform.get(page).headers().firstValue("Content-Security-Policy")).as("opened on its own")
                .hasValue("frame-ancestors 'none'");
        TestCompany other = TestCompany.onboard(platform, "embed-other");
        assertThat(Platform.get(withHost(platform.baseUri().resolve("/interview/launch/" + other.slug()), CAREERS)).headers()
                .firstValue("Content-Security-Policy")).as("another company lists no sites").hasValue("frame-ancestors 'none'");
        assertThat(Platform.get(platform.baseUri().resolve("/interview/launch.js")).statusCode()).isEqualTo(200);

        String token = launchUrl.substring(launchUrl.indexOf('#') + 1);
        ApiCall.Answer refused = ApiCall.interview(platform, "POST", "/launch",
                "{\"token\":\"" + token + "\",\"hostOrigin\":\"https://evil.embed.test\"}").send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asText()).isEqualTo("embed_origin_not_allowed");
        ApiCall.Answer opened = ApiCall.interview(platform, "POST", "/launch",
                "{\"token\":\"" + token + "\",\"hostOrigin\":\"" + CAREERS + "\"}").send();
        assertThat(opened.status()).as("the refused attempt left the link unused").isEqualTo(201);
    }

    @Test
    void aSiteThatIsNotAnHttpsOriginIsRefusedFieldByField(LocalStack platform) throws Exception {
        String admin = TestCompany.onboard(platform, "embed-bad").adminToken(platform);

        ApiCall.Answer refused = ApiCall.put(platform, "/v1/company/settings",
                "{\"analysisProvider\":\"builtin\",\"embedOrigins\":[\"https://fine.embed.test\",\"http://careers.embed.test\"]}")
                .token(admin).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("/embedOrigins/1");
        assertThat(refused.json().get("errors").get(0).get("reason").asText()).contains("https");
        assertThat(ApiCall.get(platform, "/v1/company/settings").token(admin).send().json().get("embedOrigins"))
                .as("nothing written").isEmpty();
    }

    private static URI withHost(URI page, String hostOrigin) {
        return URI.create(page + "?hostOrigin=" + URLEncoder.encode(hostOrigin, StandardCharsets.UTF_8));
    }
}
