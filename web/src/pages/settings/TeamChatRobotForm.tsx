import { Checkbox, Form, Input, Radio, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../api/client';
import { createRobot, robotKeys, updateRobot, type Robot } from '../../api/team-chat';
import { liveTopics } from '../../live-topics';
import { FormModal } from './FormModal';
import { settingsFieldMessage } from './VersionedForm';

/** The key steps the seed's order-response group follows: what a new robot hears of unless changed. */
export const keySteps = ['order.received', 'order.rejected', 'order.approved', 'order.planned', 'shipment.shipped', 'order.delivered', 'order.accepted', 'case.opened', 'sla.escalated'];

/** A topic as people read it: the key steps and `*` have names, other topics show their code. */
export function topicLabel(t: TFunction, topic: string): string {
  return t(`teamChat.topics.${topic === '*' ? 'all' : topic}`, { defaultValue: topic });
}

interface RobotValues {
  name: string;
  kind: 'wecom' | 'dingtalk';
  url?: string;
  secret?: string;
  clearSecret?: boolean;
  topics: string[];
  language: 'zh-CN' | 'en';
  mentionMobiles: string[];
}

const mobilePattern = /^\+?[0-9]{5,20}$/;

/** Adding a robot, or changing one (`robot` given): its URL and secret are shown masked, and kept when left empty. */
export function TeamChatRobotForm({ robot, onClose }: { robot?: Robot; onClose(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fieldMessage = (field: FieldProblem) => t(`teamChat.problems.${field.code}`, { ...field.params, defaultValue: settingsFieldMessage(t, field) });
  const topicOptions = ['*', ...keySteps, ...liveTopics.filter((topic) => !keySteps.includes(topic))].map((topic) => ({ value: topic, label: topicLabel(t, topic) }));

  const submit = (values: RobotValues) => {
    const url = values.url?.trim() || undefined;
    const secret = values.secret?.trim() || undefined;
    const common = { name: values.name.trim(), topics: values.topics, language: values.language, mentionMobiles: values.mentionMobiles ?? [] };
    if (!robot) return createRobot({ ...common, kind: values.kind, url: url ?? '', secret });
    return updateRobot(robot, { ...common, url, secret: values.clearSecret ? null : secret });
  };

  return (
    <FormModal<RobotValues, Robot>
      title={robot ? t('teamChat.edit') : t('teamChat.create')}
      okText={robot ? t('teamChat.save') : t('teamChat.create')}
      initialValues={robot ? { name: robot.name, kind: robot.kind, topics: robot.topics, language: robot.language, mentionMobiles: robot.mentionMobiles } : { kind: 'wecom', topics: keySteps, language: 'zh-CN', mentionMobiles: [] }}
      submit={submit}
      fieldMessage={fieldMessage}
      onDone={() => {
        void queryClient.invalidateQueries({ queryKey: robotKeys.all });
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('teamChat.name')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 100, message: t('fieldErrors.maxLength') }]}>
        <Input maxLength={100} placeholder={t('teamChat.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="kind" label={t('teamChat.kind')} extra={robot ? t('teamChat.kindFixed') : undefined}>
        <Radio.Group disabled={Boolean(robot)} options={(['wecom', 'dingtalk'] as const).map((kind) => ({ value: kind, label: t(`teamChat.kinds.${kind}`) }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: RobotValues, b: RobotValues) => a.kind !== b.kind}>
        {({ getFieldValue }) => {
          const kind = getFieldValue('kind') as RobotValues['kind'];
          return (
            <>
              <Form.Item
                name="url"
                label={t('teamChat.url')}
                extra={robot ? t('teamChat.urlKept', { masked: robot.maskedUrl }) : t(`teamChat.urlHint.${kind}`)}
                rules={[{ required: !robot, message: t('fieldErrors.required') }, { type: 'url', message: t('settings.problems.url') }, { max: 2000, message: t('fieldErrors.maxLength') }]}
              >
                <Input.Password visibilityToggle autoComplete="off" placeholder={t(`teamChat.urlPlaceholder.${kind}`)} />
              </Form.Item>
              {kind === 'dingtalk' && (
                <Form.Item name="secret" label={t('teamChat.secret')} extra={robot?.maskedSecret ? t('teamChat.secretKept', { masked: robot.maskedSecret }) : t('teamChat.secretHint')} rules={[{ max: 200, message: t('fieldErrors.maxLength') }]}>
                  <Input.Password autoComplete="off" placeholder="SEC…" />
                </Form.Item>
              )}
              {kind === 'dingtalk' && robot?.maskedSecret && (
                <Form.Item name="clearSecret" valuePropName="checked">
                  <Checkbox>{t('teamChat.clearSecret')}</Checkbox>
                </Form.Item>
              )}
            </>
          );
        }}
      </Form.Item>
      <Form.Item name="topics" label={t('teamChat.topicsLabel')} extra={t('teamChat.topicsHint')} rules={[{ required: true, type: 'array', min: 1, message: t('fieldErrors.minItems') }]}>
        <Select mode="multiple" options={topicOptions} optionFilterProp="label" />
      </Form.Item>
      <Form.Item name="language" label={t('teamChat.language')}>
        <Radio.Group options={(['zh-CN', 'en'] as const).map((language) => ({ value: language, label: t(`teamChat.languages.${language}`) }))} />
      </Form.Item>
      <Form.Item
        name="mentionMobiles"
        label={t('teamChat.mentionMobiles')}
        extra={t('teamChat.mentionHint')}
        rules={[{ validator: async (_rule, mobiles: string[] = []) => (mobiles.every((m) => mobilePattern.test(m)) ? undefined : Promise.reject(new Error(t('teamChat.problems.mobile')))) }]}
      >
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', ' ', '，']} />
      </Form.Item>
    </FormModal>
  );
}
