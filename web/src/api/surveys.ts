/* The satisfaction survey a customer answers from a mailed link, without signing in. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer } from './openapi';

export type Survey = Answer<'/api/v1/surveys/{token}', 'get'>;
/**
 * The scores keyed by the questions the survey asked, and a comment. The form is built from
 * `questions`, which the server answers as plain strings, so the body cannot be checked here.
 */
export type SurveyAnswers = Record<string, number | string>;

export const surveyKeys = {
  survey: (token: string) => ['survey', token],
} as const;

export function useSurvey(token: string) {
  return useQuery({ queryKey: surveyKeys.survey(token), queryFn: () => api<Survey>(`/api/v1/surveys/${token}`), retry: false, staleTime: Infinity });
}

export function answerSurvey(token: string, body: SurveyAnswers) {
  return api<Answer<'/api/v1/surveys/{token}', 'post'>>(`/api/v1/surveys/${token}`, { method: 'POST', body });
}
