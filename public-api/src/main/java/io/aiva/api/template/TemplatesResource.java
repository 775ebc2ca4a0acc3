package io.aiva.api.template;

import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.aiva.api.idempotency.IdempotentPosts;
import io.aiva.web.paging.NewestFirst;
import io.aiva.web.problem.EntityTags;
import io.aiva.web.problem.ProblemKind;
import io.aiva.web.problem.ProblemResponses;
import io.aiva.api.v1.TemplatesApi;
import io.aiva.api.v1.model.AnswerMode;
import io.aiva.api.v1.model.Avatar;
import io.aiva.api.v1.model.JobRole;
import io.aiva.api.v1.model.JobRoleList;
import io.aiva.api.v1.model.QuestionType;
import io.aiva.api.v1.model.SelectionRule;
import io.aiva.api.v1.model.Template;
import io.aiva.api.v1.model.TemplatePage;
import io.aiva.api.v1.model.TemplateSection;
import io.aiva.api.v1.model.TemplateStatus;
import io.aiva.api.v1.model.TemplateWrite;
import io.aiva.core.paging.Position;
import io.aiva.core.question.JobRoles;
import io.aiva.core.template.InterviewTemplate;
import io.aiva.core.template.Section;
import io.aiva.core.template.TemplatePlan;
import io.aiva.core.template.Templates;

/** The company's interview templates, and the job roles they can be made for. */
@RequestScoped
@IdempotentPosts
@RolesAllowed({"company-admin", "recruiter", "integration"})
public class TemplatesResource implements TemplatesApi {

    @Inject
    Templates templates;

    @Inject
    ProblemResponses problems;

    @Context
    UriInfo uri;

    @Override
    public Response listJobRoles() {
        return Response.ok(new JobRoleList().data(JobRoles.all().stream().map(role -> new JobRole().key(role.key())
                .title(role.title()).competencies(role.competencies())).toList())).build();
    }

    @Override
    public Response listTemplates(Integer limit, String cursor, TemplateStatus status, String jobRole) {
        InterviewTemplate.Status wanted = status == null ? null : InterviewTemplate.Status.valueOf(status.name());
        NewestFirst<InterviewTemplate> page = NewestFirst.of(
                templates.page(wanted, jobRole, NewestFirst.after(cursor), limit + 1), limit,
                template -> new Position(template.createdAt(), template.id()));
        TemplatePage body = new TemplatePage().data(page.items().stream().map(TemplatesResource::view).toList())
                .nextCursor(page.nextCursor());
        return Response.ok(body).build();
    }

    @Override
    public Response createTemplate(TemplateWrite request, String idempotencyKey) {
        InterviewTemplate template = templates.create(plan(request));
        return Response.created(uri.getBaseUriBuilder().path("v1/templates/{id}").build(template.id()))
                .header(HttpHeaders.ETAG, EntityTags.of(template.version())).entity(view(template)).build();
    }

    @Override
    public Response getTemplate(UUID templateId) {
        return templates.find(templateId).map(TemplatesResource::found).orElseGet(this::notFound);
    }

    @Override
    public Response replaceTemplate(UUID templateId, TemplateWrite request, String ifMatch) {
        return templates.change(templateId, EntityTags.expectedVersion(ifMatch), plan(request))
                .map(TemplatesResource::found).orElseGet(this::notFound);
    }

    @Override
    public Response archiveTemplate(UUID templateId) {
        return templates.archive(templateId) ? Response.noContent().build() : notFound();
    }

    private static Response found(InterviewTemplate template) {
        return Response.ok(view(template)).header(HttpHeaders.ETAG, EntityTags.of(template.version())).build();
    }

    private Response notFound() {
        return problems.problem(ProblemKind.NOT_FOUND, "Your company has no template with this id.", uri, null);
    }

    private static TemplatePlan plan(TemplateWrite request) {
        Avatar avatar = request.getAvatar();
        return new TemplatePlan(request.getName().strip(), request.getDescription(), request.getJobRole(),
                request.getLanguage(),
                request.getAnswerModes().stream().map(mode -> io.aiva.core.template.AnswerMode.valueOf(mode.name()))
                        .collect(java.util.stream.Collectors.toSet()),
                avatar == null ? null : new io.aiva.core.template.Avatar(avatar.getProvider().toString(), avatar.getAvatarId(),
                        avatar.getVoiceId()),
                request.getTimeLimitMinutes(),
                request.getSections().stream().map(TemplatesResource::section).toList());
    }

    private static Section section(TemplateSection section) {
        SelectionRule rule = section.getRule();
        return new Section(section.getTitle().strip(), section.getQuestionIds(),
                rule == null ? null : io.aiva.core.template.SelectionRule.of(rule.getCount(), rule.getCompetencies(),
                        rule.getTypes() == null ? null : rule.getTypes().stream()
                                .map(type -> io.aiva.core.question.QuestionType.ofCode(type.toString())).toList(),
                        rule.getMinDifficulty(), rule.getMaxDifficulty(), rule.getStartDifficulty(), rule.getAdaptive()),
                section.getTimeLimitMinutes(), section.getQuestionTimeLimitSeconds());
    }

    static Template view(InterviewTemplate template) {
        TemplatePlan plan = template.plan();
        io.aiva.core.template.Avatar avatar = plan.avatar();
        return new Template()
                .id(template.id())
                .status(TemplateStatus.valueOf(template.status().name()))
                .name(plan.name())
                .description(plan.description())
                .jobRole(plan.jobRole())
                .language(plan.language())
                .answerModes(new LinkedHashSet<>(plan.answerModes().stream().sorted()
                        .map(mode -> AnswerMode.valueOf(mode.name())).toList()))
                .avatar(new Avatar().provider(Avatar.ProviderEnum.fromValue(avatar.provider())).avatarId(avatar.avatarId())
                        .voiceId(avatar.voiceId()))
                .timeLimitMinutes(plan.timeLimitMinutes())
                .sections(plan.sections().stream().map(TemplatesResource::view).toList())
                .questionCount(plan.questionCount())
                .createdAt(template.createdAt().atOffset(ZoneOffset.UTC))
                .updatedAt(template.updatedAt().atOffset(ZoneOffset.UTC));
    }

    private static TemplateSection view(Section section) {
        io.aiva.core.template.SelectionRule rule = section.rule();
        return new TemplateSection()
                .title(section.title())
                .questionIds(section.questionIds())
                .rule(rule == null ? null : new SelectionRule().count(rule.count())
                        .competencies(rule.competencies().isEmpty() ? null : rule.competencies())
                        .types(rule.types().isEmpty() ? null : rule.types().stream()
                                .map(type -> QuestionType.fromValue(type.code())).toList())
                        .minDifficulty(rule.minDifficulty()).maxDifficulty(rule.maxDifficulty())
                        .startDifficulty(rule.startDifficulty()).adaptive(rule.adaptive()))
                .timeLimitMinutes(section.timeLimitMinutes())
                .questionTimeLimitSeconds(section.questionTimeLimitSeconds());
    }
}
