package io.aiva.api.security;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.web.json.ApiJsonProvider;
import io.aiva.web.problem.ProblemDocument;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;
import io.aiva.web.problem.RequestId;

/**
 * Liberty refuses a missing or invalid token before the API sees the request; {@code web.xml} sends
 * those refusals here so that they, too, are problem details with a request id.
 */
@WebServlet("/problem")
public class AuthenticationProblemServlet extends HttpServlet {

    private static final ObjectMapper JSON = ApiJsonProvider.objectMapper();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        ProblemKind kind = ProblemKind.forStatus(status instanceof Integer code ? code : 401);
        String requestId = RequestId.accept(request.getHeader(RequestId.HEADER));
        ProblemDocument problem = ProblemResponses.problemOf(kind, kind == ProblemKind.UNAUTHORIZED
                ? "Send a valid, unexpired access token from AIVA's sign-in as 'Authorization: Bearer <token>'."
                : null, requestId, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), null);
        response.setStatus(kind.status());
        response.setContentType(ProblemResponses.MEDIA_TYPE);
        response.setHeader(RequestId.HEADER, requestId);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
