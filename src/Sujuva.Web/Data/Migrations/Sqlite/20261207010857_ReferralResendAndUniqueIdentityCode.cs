using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sujuva.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReferralResendAndUniqueIdentityCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClientPersonalData_IdentityCode",
                table: "ClientPersonalData");

            migrationBuilder.AddColumn<Guid>(
                name: "ResendOfId",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ResendOfId",
                table: "Referrals",
                column: "ResendOfId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClientPersonalData_IdentityCode",
                table: "ClientPersonalData",
                column: "IdentityCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_ResendOfId",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_ClientPersonalData_IdentityCode",
                table: "ClientPersonalData");

            migrationBuilder.DropColumn(
                name: "ResendOfId",
                table: "Referrals");

            migrationBuilder.CreateIndex(
                name: "IX_ClientPersonalData_IdentityCode",
                table: "ClientPersonalData",
                column: "IdentityCode");
        }
    }
}
