namespace Sujuva.IntegrationTests.Feedback;

public sealed record LinkSummaryDto(Guid Id, string EventKind, Guid ServiceId, string ServiceName, DateTime IssuedAt,
    DateTime ExpiresAt, string State);

public sealed record AnswerDto(Guid Id, string EventKind, Guid CaseId, Guid ServiceId, string ClientPseudonym, int Rating,
    int? Recommendation, string? Comment, string Language, DateTime AnsweredAt);

public sealed record CaseFeedbackDto(List<LinkSummaryDto> Links, List<AnswerDto> Answers);

public sealed record ShownLinkDto(Guid LinkId, string Url, string QrSvg, DateTime ExpiresAt);

public sealed record PublicLinkDto(string Status, string? ServiceName, DateTime? ExpiresAt);

public sealed record FiguresDto(int Answers, List<int> RatingCounts, double? CsatPercent, double? MeanRating,
    int RecommendationAnswers, List<int> RecommendationCounts, double? Nps);

public sealed record ServiceFeedbackDto(Guid ServiceId, string ServiceName, FiguresDto Figures, List<AnswerDto> Comments,
    AnswerDto? Latest = null);
