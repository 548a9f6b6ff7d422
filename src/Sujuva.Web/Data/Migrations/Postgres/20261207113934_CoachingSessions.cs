using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sujuva.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoachingSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoachingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateVersion = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CoachId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortStartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Mode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    VideoLink = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Uid = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachingSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeEnrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateVersion = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CoachId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EnrolledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnrolledBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeEnrolments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SessionSeats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Attendance = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: true),
                    MarkedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionSeats", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_CoachId_StartUtc",
                table: "CoachingSessions",
                columns: new[] { "CoachId", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_TemplateId_CoachId_CohortStartsOn",
                table: "CoachingSessions",
                columns: new[] { "TemplateId", "CoachId", "CohortStartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_Uid",
                table: "CoachingSessions",
                column: "Uid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEnrolments_CaseId",
                table: "ProgrammeEnrolments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionSeats_CaseId",
                table: "SessionSeats",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionSeats_SessionId",
                table: "SessionSeats",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionSeats_SessionId_EnrolmentId",
                table: "SessionSeats",
                columns: new[] { "SessionId", "EnrolmentId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoachingSessions");

            migrationBuilder.DropTable(
                name: "ProgrammeEnrolments");

            migrationBuilder.DropTable(
                name: "SessionSeats");
        }
    }
}
