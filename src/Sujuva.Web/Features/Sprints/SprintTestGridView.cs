using Sujuva.Web.Features.Improvements;

namespace Sujuva.Web.Features.Sprints;

/// <summary>One cell: an interview's answer to a question. ByCustomer: the interviewee's own (Author null); Version for the next edit.</summary>
public sealed record SprintTestCell(int Interview, Guid QuestionId, SprintVerdict Verdict, string Notes, bool ByCustomer,
    PersonView? Author, DateTime At, int Version);

/// <summary>An interview's column: its cells and its customer link's state (Open, Answered, Expired), none without a link.</summary>
public sealed record SprintTestInterview(int Interview, string? LinkState, IReadOnlyList<SprintTestCell> Cells);

/// <summary>The tally of one question over the interviews: how many answered it positive, negative or neutral.</summary>
public sealed record SprintTestTally(Guid QuestionId, int Positive, int Negative, int Neutral);

/// <summary>What the interviewees answered themselves through their links, per question: the counts and their notes.</summary>
public sealed record SprintCustomerFeedback(Guid QuestionId, string Question, int Answers, int Positive, int Negative, int Neutral,
    IReadOnlyList<string> Notes);

/// <summary>
/// The test grid (GET /api/sprints/{id}/test-grid): the five customer interviews × the sprint questions, the tally per
/// question, and the summary of the customers' own answers per question.
/// </summary>
public sealed record SprintTestGridView(Guid SprintId, IReadOnlyList<SprintQuestion> Questions, IReadOnlyList<SprintTestInterview> Interviews,
    IReadOnlyList<SprintTestTally> Tally, IReadOnlyList<SprintCustomerFeedback> CustomerFeedback, bool MayWork);
