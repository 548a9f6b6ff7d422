using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Features.Cases;

namespace Sujuva.Web.Features.Feedback;

public sealed class FeedbackLinkConfiguration : IEntityTypeConfiguration<FeedbackLink>
{
    public void Configure(EntityTypeBuilder<FeedbackLink> b)
    {
        b.ToTable("FeedbackLinks");
        b.Property(l => l.TokenHash).HasMaxLength(32);
        b.Property(l => l.EventKind).HasConversion<string>().HasMaxLength(30);
        b.Property(l => l.ClientPseudonym).HasMaxLength(20);
        b.HasOne<Case>().WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasIndex(l => l.CaseId);
    }
}

public sealed class FeedbackAnswerConfiguration : IEntityTypeConfiguration<FeedbackAnswer>
{
    public void Configure(EntityTypeBuilder<FeedbackAnswer> b)
    {
        b.ToTable("FeedbackAnswers");
        b.Property(a => a.EventKind).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.ClientPseudonym).HasMaxLength(20);
        b.Property(a => a.Comment).HasMaxLength(FeedbackAnswer.MaxComment);
        b.Property(a => a.Language).HasMaxLength(5);
        b.HasOne<FeedbackLink>().WithOne().HasForeignKey<FeedbackAnswer>(a => a.LinkId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.LinkId).IsUnique();
        b.HasIndex(a => new { a.ServiceId, a.AnsweredAt });
        b.HasIndex(a => new { a.CaseId, a.AnsweredAt });
    }
}
