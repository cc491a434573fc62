/**
 * The 政府信息公开工作年度报告 ({@code type=disclosure-report}): its national tables of 国办公开办函〔2021〕30号 as an
 * editor types them, checked cell by cell, rendered in their official layout, compared across
 * years, summarised for every issuer, and imported from published pages.
 */
package cn.zwgk.publisher.annualreport;
